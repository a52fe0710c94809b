package io.github.rider.theory;

/**
 * Device constants of the analysis: the response granularity dw_min together with the response
 * constants of Definitions 2.1 / C.1 ({@link ResponseConstants}).
 *
 * @param dwMin    response granularity Delta w_min (weight units per pulse, &gt; 0)
 * @param response q_min, q_max, mu_q, L_q on the operating interval
 */
public record DeviceConstants(double dwMin, ResponseConstants response) {

  public DeviceConstants {
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (response == null) {
      throw new IllegalArgumentException("response constants must not be null");
    }
  }

  /** Convenience constructor from the five scalars. */
  public static DeviceConstants of(double dwMin, double qMin, double qMax, double muQ, double lQ) {
    return new DeviceConstants(dwMin, new ResponseConstants(qMin, qMax, muQ, lQ));
  }

  public double qMin() {
    return response.qMin();
  }

  public double qMax() {
    return response.qMax();
  }

  public double muQ() {
    return response.muQ();
  }

  public double lQ() {
    return response.lQ();
  }

  /** kappa2 = q_max / q_min. */
  public double kappa2() {
    return response.kappa2();
  }

  public DeviceConstants withDwMin(double v) {
    return new DeviceConstants(v, response);
  }

  public DeviceConstants withResponse(ResponseConstants v) {
    return new DeviceConstants(dwMin, v);
  }
}
