package io.github.rider.verification.contract;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.DeviceConstants;

/**
 * The contract's own, independent estimate of the constants of Definitions 2.1 and C.1 on an
 * interval [a, b] by dense sampling ({@value #INTERVALS} intervals, ends included): q_min, q_max
 * over q+ and q-; mu_q = min(min q-', min -q+') (may be &lt;= 0: Definition C.1 fails); L_q = max G'.
 * Derivatives are the family's analytic ones where it gives them, else central finite differences
 * with step {@value #RELATIVE_FD_STEP} times the interval width (one-sided at the ends).
 *
 * @param a    lower end
 * @param b    upper end
 * @param qMin smallest q on [a, b]
 * @param qMax largest q on [a, b]
 * @param muQ  monotonicity constant (Definition C.1 holds iff &gt; 0)
 * @param lQ   max(0, max G')
 */
public record SampledConstants(double a, double b, double qMin, double qMax, double muQ, double lQ) {

  /** Sampling intervals. */
  public static final int INTERVALS = 4096;

  /** Finite-difference step relative to the interval width. */
  public static final double RELATIVE_FD_STEP = 1e-6;

  /** Samples {@code rf} on [a, b] (a &lt;= b inside the range). */
  public static SampledConstants of(ResponseFunction rf, double a, double b) {
    double qMin = Double.POSITIVE_INFINITY;
    double qMax = Double.NEGATIVE_INFINITY;
    double mu = Double.POSITIVE_INFINITY;
    double lQ = 0;
    for (int k = 0; k <= INTERVALS; k++) {
      double w = point(a, b, k);
      double qp = rf.qPlus(w);
      double qm = rf.qMinus(w);
      qMin = Math.min(qMin, Math.min(qp, qm));
      qMax = Math.max(qMax, Math.max(qp, qm));
      double[] d = derivatives(rf, w, a, b);
      mu = Math.min(mu, Math.min(d[1], -d[0]));
      lQ = Math.max(lQ, 0.5 * (d[1] - d[0]));
    }
    return new SampledConstants(a, b, qMin, qMax, mu, lQ);
  }

  /** The k-th of the INTERVALS + 1 sample points of [a, b]. */
  static double point(double a, double b, int k) {
    return k == INTERVALS ? b : a + (b - a) * k / INTERVALS;
  }

  /** {dq+/dw, dq-/dw} at w: analytic where given, else finite differences inside [a, b]. */
  static double[] derivatives(ResponseFunction rf, double w, double a, double b) {
    if (rf.hasDerivatives()) {
      return new double[] {rf.dqPlus(w), rf.dqMinus(w)};
    }
    return finiteDifferences(rf, w, a, b, (b - a) * RELATIVE_FD_STEP);
  }

  /** Central (one-sided at the ends of [a, b]) finite differences of q+ and q- with step h. */
  static double[] finiteDifferences(ResponseFunction rf, double w, double a, double b, double h) {
    double x = Math.max(a, w - h);
    double y = Math.min(b, w + h);
    if (!(y > x)) {
      return new double[] {0, 0};
    }
    return new double[] {(rf.qPlus(y) - rf.qPlus(x)) / (y - x), (rf.qMinus(y) - rf.qMinus(x)) / (y - x)};
  }

  /** True when Definition 2.1 holds on [a, b]: 0 &lt; q_min and q_max finite. */
  public boolean trainingFriendly() {
    return qMin > 0 && Double.isFinite(qMax);
  }

  /** The theory's device constants with this dw_min (requires {@link #trainingFriendly()}). */
  public DeviceConstants deviceConstants(double dwMin) {
    return DeviceConstants.of(dwMin, qMin, qMax, muQ, lQ);
  }
}
