package io.github.rider.device.response;


/**
 * Power response of Wu et al. (NeurIPS 2025, arXiv 2502.06309), with step multipliers for
 * device-to-device variation: q+(w) = aUp (1 - w/tau)^gammaRes, q-(w) = aDown (1 + w/tau)^gammaRes
 * on [-tau, tau]. With aUp = aDown (the paper's form) the symmetric point is 0; in general,
 * with k = (aDown/aUp)^(1/gammaRes), it is tau (1 - k)/(1 + k) (closed form).
 * Derivatives analytic; constants sampled (q_min is 0 at +-tau, so ask on a sub-interval).
 *
 * @param aUp      up-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param aDown    down-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param tau      half-width of the range (weight units, &gt; 0)
 * @param gammaRes exponent gamma_res (dimensionless, &gt; 0)
 */
public record PowerResponse(double aUp, double aDown, double tau, double gammaRes)
    implements AnalyticResponse {

  public PowerResponse {
    ResponseAnalysis.requirePositive("aUp", aUp);
    ResponseAnalysis.requirePositive("aDown", aDown);
    ResponseAnalysis.requirePositive("tau", tau);
    ResponseAnalysis.requirePositive("gammaRes", gammaRes);
  }

  /** The paper's form, aUp = aDown = 1. */
  public static PowerResponse of(double tau, double gammaRes) {
    return new PowerResponse(1, 1, tau, gammaRes);
  }

  /** One step multiplier alpha max(0, x)^gammaRes, shared with the array kernel. */
  public static double step(double alpha, double x, double gammaRes) {
    return alpha * Math.pow(Math.max(0, x), gammaRes);
  }

  @Override
  public double qPlus(double w) {
    return step(aUp, 1 - w / tau, gammaRes);
  }

  @Override
  public double qMinus(double w) {
    return step(aDown, 1 + w / tau, gammaRes);
  }

  @Override
  public double dqPlus(double w) {
    return -aUp * gammaRes / tau * Math.pow(Math.max(0, 1 - w / tau), gammaRes - 1);
  }

  @Override
  public double dqMinus(double w) {
    return aDown * gammaRes / tau * Math.pow(Math.max(0, 1 + w / tau), gammaRes - 1);
  }

  @Override
  public double wMin() {
    return -tau;
  }

  @Override
  public double wMax() {
    return tau;
  }

  @Override
  public double symmetricPoint() {
    double k = Math.pow(aDown / aUp, 1 / gammaRes);
    return tau * (1 - k) / (1 + k);
  }
}
