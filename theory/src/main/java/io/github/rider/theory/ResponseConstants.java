package io.github.rider.theory;

/**
 * Constants of a pair of response functions q+ and q- on an operating interval, as used by the
 * paper's analysis (arXiv 2602.21321).
 *
 * <ul>
 *   <li>Definition 2.1 (training-friendly): q_min &lt;= q+(w), q-(w) &lt;= q_max with q_min &gt; 0.
 *   <li>Definition C.1 (monotone): q-'(w) &gt;= mu_q and q+'(w) &lt;= -mu_q; then
 *       G = (q- - q+)/2 is mu_q-strongly monotone.
 *   <li>L_q := max_w G'(w), the smoothness constant of the asymmetry potential phi (eq. 21),
 *       whose gradient is G.
 * </ul>
 *
 * <p>{@code muQ} may be zero or negative: that records that Definition C.1 does not hold on the
 * interval (the bounds that need it, Theorems C.2 and C.4, refuse such constants).
 *
 * @param qMin smallest value of q+ and q- on the interval, q_min (dimensionless, &gt; 0)
 * @param qMax largest value of q+ and q- on the interval, q_max (dimensionless, &gt;= qMin)
 * @param muQ  monotonicity constant mu_q = min(min q-', min -q+') (per unit weight); &lt;= 0 when
 *             Definition C.1 fails
 * @param lQ   L_q = max G' on the interval (per unit weight, &gt;= 0)
 */
public record ResponseConstants(double qMin, double qMax, double muQ, double lQ) {

  public ResponseConstants {
    if (!(qMin > 0)) {
      throw new IllegalArgumentException(
          "qMin must be > 0 (Definition 2.1: positive-definite responses), was " + qMin);
    }
    if (!(qMax >= qMin) || Double.isInfinite(qMax)) {
      throw new IllegalArgumentException(
          "qMax must be finite and >= qMin (" + qMin + "), was " + qMax);
    }
    if (Double.isNaN(muQ) || Double.isInfinite(muQ)) {
      throw new IllegalArgumentException("muQ must be finite, was " + muQ);
    }
    if (!(lQ >= 0) || Double.isInfinite(lQ)) {
      throw new IllegalArgumentException("lQ must be finite and >= 0, was " + lQ);
    }
  }

  /** kappa2 = q_max / q_min, the device condition number. */
  public double kappa2() {
    return qMax / qMin;
  }

  /** True when Definition C.1 holds (mu_q &gt; 0). */
  public boolean isMonotone() {
    return muQ > 0;
  }

  public ResponseConstants withQMin(double v) {
    return new ResponseConstants(v, qMax, muQ, lQ);
  }

  public ResponseConstants withQMax(double v) {
    return new ResponseConstants(qMin, v, muQ, lQ);
  }

  public ResponseConstants withMuQ(double v) {
    return new ResponseConstants(qMin, qMax, v, lQ);
  }

  public ResponseConstants withLQ(double v) {
    return new ResponseConstants(qMin, qMax, muQ, v);
  }
}
