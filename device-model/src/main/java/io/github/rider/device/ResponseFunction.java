package io.github.rider.device;

import io.github.rider.device.response.ShiftedResponse;
import io.github.rider.theory.ResponseConstants;

/**
 * A device's pulse response: one positive pulse changes the weight by {@code +dwMin * qPlus(w)},
 * one negative pulse by {@code -dwMin * qMinus(w)} (paper eq. (5)). Both magnitudes are
 * non-negative on the device's weight range {@code [wMin(), wMax()]}.
 *
 * <p>F and G are the symmetric and asymmetric components (eqs. 6a, 6b): F = (q- + q+)/2,
 * G = (q- - q+)/2, so q+ = F - G and q- = F + G. The symmetric point (SP, Definition 1.1) is the
 * w with G(w) = 0.
 *
 * <p>Implementations are immutable and describe one device (no device-to-device variation); the
 * per-device draws live in device arrays.
 */
public interface ResponseFunction {

  /** Up-step magnitude q+(w) (dimensionless multiple of dw_min). */
  double qPlus(double w);

  /** Down-step magnitude q-(w) (dimensionless multiple of dw_min). */
  double qMinus(double w);

  /** F(w) = (q-(w) + q+(w)) / 2, eq. (6a). */
  default double f(double w) {
    return 0.5 * (qMinus(w) + qPlus(w));
  }

  /** G(w) = (q-(w) - q+(w)) / 2, eq. (6b). */
  default double g(double w) {
    return 0.5 * (qMinus(w) - qPlus(w));
  }

  /** Lower end of the weight range on which the response is defined (may be -infinity). */
  double wMin();

  /** Upper end of the weight range on which the response is defined (may be +infinity). */
  double wMax();

  /** Whether {@link #dqPlus} and {@link #dqMinus} are analytic derivatives of this family. */
  default boolean hasDerivatives() {
    return false;
  }

  /** d q+ / dw, or NaN when the family gives no analytic derivative. */
  default double dqPlus(double w) {
    return Double.NaN;
  }

  /** d q- / dw, or NaN when the family gives no analytic derivative. */
  default double dqMinus(double w) {
    return Double.NaN;
  }

  /**
   * The symmetric point: G(w) = 0. Closed form where the family has one, otherwise a bracketed
   * root of G on the range; when G has no interior root, the bound the device drifts to under
   * random +/- pulses (the attracting bound).
   */
  double symmetricPoint();

  /**
   * The constants of Definitions 2.1 and C.1 (q_min, q_max, mu_q, L_q) on {@code [lo, hi]}, a
   * sub-interval of the range.
   *
   * @throws IllegalArgumentException if the interval is empty, outside the range, or q_min is not
   *     positive on it (Definition 2.1 fails)
   */
  ResponseConstants constants(double lo, double hi);

  /**
   * This response in effective-weight coordinates w_eff = g - reference (docs/devices.md §6):
   * q+-_eff(w) = q+-(w + reference), SP_eff = SP - reference. See {@link ShiftedResponse}.
   */
  default ResponseFunction shifted(double reference) {
    return ShiftedResponse.of(this, reference);
  }
}
