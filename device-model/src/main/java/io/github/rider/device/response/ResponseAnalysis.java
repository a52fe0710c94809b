package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Numerical helpers shared by the response families: the symmetric point as a bracketed root of
 * G (Definition 1.1), the constants of Definitions 2.1 / C.1 by dense sampling, and the closed
 * forms for affine responses q+(w) = p0 + p1 w, q-(w) = m0 + m1 w.
 *
 * <p><b>Attracting root.</b> Under random +/- pulses the expected change per pulse is
 * -dw_min G(w) (docs/devices.md §2), so a root where G crosses from negative to positive is
 * attracting. When there is none, the device drifts to a bound: to wMin if G &gt;= 0 on the
 * range, to wMax if G &lt;= 0; with G identically 0 every point is stationary and 0 (clamped to
 * the range) is returned; with only repelling roots the bound the device drifts to from wMin's
 * side is returned (wMin if G(wMin) &gt; 0, else wMax).
 *
 * <p><b>Constants by sampling.</b> {@link #sampledConstants} evaluates q+/q- and their
 * derivatives on {@value #SAMPLES} + 1 equally spaced points of [lo, hi] (the ends included).
 * Derivatives are the family's analytic ones when {@link ResponseFunction#hasDerivatives()},
 * else central finite differences with step (hi - lo) * 1e-6 (one-sided at the ends). q_min and
 * q_max are exact at the sample points (so exact for monotone q); mu_q and L_q are exact up to
 * the sampling resolution.
 */
public final class ResponseAnalysis {

  /** Number of sampling intervals used for roots and constants. */
  public static final int SAMPLES = 4096;

  private static final double BRENT_ABS_ACCURACY = 1e-14;
  private static final int BRENT_MAX_EVAL = 200;

  private ResponseAnalysis() {}

  /**
   * Symmetric point of {@code rf} on its (finite) range: the first attracting root of G found by
   * a scan of {@value #SAMPLES} intervals refined by commons-math3 {@link BrentSolver}, or the
   * attracting bound (see class comment).
   */
  public static double numericSymmetricPoint(ResponseFunction rf) {
    double lo = rf.wMin();
    double hi = rf.wMax();
    if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
      throw new IllegalArgumentException(
          "numeric symmetric point needs a finite range, was [" + lo + ", " + hi + "]");
    }
    if (hi == lo) {
      return lo;
    }
    double h = (hi - lo) / SAMPLES;
    double prevW = lo;
    double prevG = rf.g(lo);
    for (int k = 1; k <= SAMPLES; k++) {
      double w = k == SAMPLES ? hi : lo + k * h;
      double gw = rf.g(w);
      if (prevG < 0 && gw >= 0) {
        if (gw == 0) {
          return w;
        }
        BrentSolver solver = new BrentSolver(BRENT_ABS_ACCURACY);
        return solver.solve(BRENT_MAX_EVAL, rf::g, prevW, w);
      }
      prevW = w;
      prevG = gw;
    }
    return attractingBound(rf);
  }

  /** The bound a device with no attracting interior root drifts to (see class comment). */
  static double attractingBound(ResponseFunction rf) {
    double lo = rf.wMin();
    double hi = rf.wMax();
    double h = (hi - lo) / SAMPLES;
    boolean anyPositive = false;
    boolean anyNegative = false;
    for (int k = 0; k <= SAMPLES; k++) {
      double gw = rf.g(k == SAMPLES ? hi : lo + k * h);
      anyPositive |= gw > 0;
      anyNegative |= gw < 0;
    }
    if (!anyPositive && !anyNegative) {
      return clamp(0.0, lo, hi);
    }
    if (!anyNegative) {
      return lo;
    }
    if (!anyPositive) {
      return hi;
    }
    return rf.g(lo) > 0 ? lo : hi;
  }

  /**
   * Constants q_min, q_max, mu_q, L_q of Definitions 2.1 / C.1 on [lo, hi] by dense sampling
   * (see class comment). L_q is reported as max(0, max G') because ResponseConstants needs it
   * non-negative. On a one-point interval lo = hi without analytic derivatives there is no
   * difference to take, and mu_q = L_q = 0.
   *
   * @throws IllegalArgumentException if the interval is empty or outside the range, or q_min &lt;=
   * 0
   */
  public static ResponseConstants sampledConstants(ResponseFunction rf, double lo, double hi) {
    checkInterval(rf, lo, hi);
    double qMin = Double.POSITIVE_INFINITY;
    double qMax = Double.NEGATIVE_INFINITY;
    double muQ = Double.POSITIVE_INFINITY;
    double lQ = 0;
    double h = (hi - lo) / SAMPLES;
    double fd = (hi - lo) * 1e-6;
    for (int k = 0; k <= SAMPLES; k++) {
      double w = k == SAMPLES ? hi : lo + k * h;
      double qp = rf.qPlus(w);
      double qm = rf.qMinus(w);
      qMin = Math.min(qMin, Math.min(qp, qm));
      qMax = Math.max(qMax, Math.max(qp, qm));
      double dqp;
      double dqm;
      if (rf.hasDerivatives()) {
        dqp = rf.dqPlus(w);
        dqm = rf.dqMinus(w);
      } else if (fd == 0) {
        dqp = 0;
        dqm = 0;
      } else {
        double a = Math.max(lo, w - fd);
        double b = Math.min(hi, w + fd);
        dqp = (rf.qPlus(b) - rf.qPlus(a)) / (b - a);
        dqm = (rf.qMinus(b) - rf.qMinus(a)) / (b - a);
      }
      muQ = Math.min(muQ, Math.min(dqm, -dqp));
      lQ = Math.max(lQ, 0.5 * (dqm - dqp));
    }
    return new ResponseConstants(qMin, qMax, muQ, lQ);
  }

  /** Throws unless lo &lt;= hi lie in the range of {@code rf}. */
  static void checkInterval(ResponseFunction rf, double lo, double hi) {
    if (!(lo <= hi)) {
      throw new IllegalArgumentException(
          "interval [lo, hi] must satisfy lo <= hi, was [" + lo + ", " + hi + "]");
    }
    if (lo < rf.wMin() || hi > rf.wMax()) {
      throw new IllegalArgumentException(
          "interval [" + lo + ", " + hi + "] must lie in the range [" + rf.wMin() + ", "
              + rf.wMax() + "]");
    }
  }

  /**
   * Symmetric point of an affine response q+ = p0 + p1 w, q- = m0 + m1 w on [lo, hi]: the root
   * (p0 - m0) / (m1 - p1) clamped to the range when G' = (m1 - p1)/2 &gt; 0 (attracting), else
   * the attracting bound (class comment).
   */
  static double affineSymmetricPoint(
      double p0, double p1, double m0, double m1, double lo, double hi) {
    double slope = m1 - p1;
    double offset = m0 - p0; // 2 G(0)
    if (slope > 0) {
      return clamp((p0 - m0) / slope, lo, hi);
    }
    if (slope == 0) {
      if (offset == 0) {
        return clamp(0.0, lo, hi);
      }
      return offset > 0 ? lo : hi;
    }
    return offset + slope * lo > 0 ? lo : hi;
  }

  /**
   * Exact constants of an affine response on [lo, hi]: q extremes at the ends,
   * mu_q = min(m1, -p1), L_q = max(0, (m1 - p1)/2).
   */
  static ResponseConstants affineConstants(
      ResponseFunction rf, double p1, double m1, double lo, double hi) {
    checkInterval(rf, lo, hi);
    double a = rf.qPlus(lo);
    double b = rf.qPlus(hi);
    double c = rf.qMinus(lo);
    double d = rf.qMinus(hi);
    double qMin = Math.min(Math.min(a, b), Math.min(c, d));
    double qMax = Math.max(Math.max(a, b), Math.max(c, d));
    return new ResponseConstants(qMin, qMax, Math.min(m1, -p1), Math.max(0.0, 0.5 * (m1 - p1)));
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  static void requireFinite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
  }

  static void requirePositive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
  }

  static void requireRange(double bMin, double bMax) {
    requireFinite("bMin", bMin);
    requireFinite("bMax", bMax);
    if (!(bMin <= bMax)) {
      throw new IllegalArgumentException(
          "bMin must be <= bMax, was bMin=" + bMin + ", bMax=" + bMax);
    }
  }
}
