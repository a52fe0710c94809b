package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;

/**
 * A response whose step magnitudes are affine in w: q+(w) = p0 + p1 w and q-(w) = m0 + m1 w.
 * Then G(w) = ((m0 - p0) + (m1 - p1) w)/2 is affine, the symmetric point is
 * (p0 - m0)/(m1 - p1) (clamped to the range; paper Definition 1.1), mu_q = min(m1, -p1) and
 * L_q = (m1 - p1)/2 exactly (docs/devices.md §1, linear-device constants). Covers the paper's
 * linear device (eq. 103), AIHWKit ConstantStep, LinearStep and SoftBounds, and the ALD of Wu et
 * al. 2024.
 */
public interface AffineResponse extends ResponseFunction {

  /** q+(0). */
  double p0();

  /** dq+/dw. */
  double p1();

  /** q-(0). */
  double m0();

  /** dq-/dw. */
  double m1();

  @Override
  default double qPlus(double w) {
    return p0() + p1() * w;
  }

  @Override
  default double qMinus(double w) {
    return m0() + m1() * w;
  }

  @Override
  default boolean hasDerivatives() {
    return true;
  }

  @Override
  default double dqPlus(double w) {
    return p1();
  }

  @Override
  default double dqMinus(double w) {
    return m1();
  }

  /** Closed form, see the interface comment and {@link ResponseAnalysis}. */
  @Override
  default double symmetricPoint() {
    return ResponseAnalysis.affineSymmetricPoint(p0(), p1(), m0(), m1(), wMin(), wMax());
  }

  /** Closed form: q extremes at the ends of [lo, hi], mu_q = min(m1, -p1), L_q = (m1 - p1)/2. */
  @Override
  default ResponseConstants constants(double lo, double hi) {
    return ResponseAnalysis.affineConstants(this, p1(), m1(), lo, hi);
  }
}
