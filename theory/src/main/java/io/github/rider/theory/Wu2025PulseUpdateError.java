package io.github.rider.theory;

/**
 * Wu et al. (NeurIPS 2025, arXiv 2502.06309), Theorem 4: a desired increment dw applied as BL =
 * ceil(|dw|/dw_min) pulses of the pulse map U~_q(w, +-) = w +- dw_min (q_+-(w) + sigma_c xi) differs
 * from the Analog Update U_q(w, dw) by
 *
 * <pre>
 *   c1 dw_min + c2 dw^2 + c3 sqrt(dw_min |dw|) sigma_c
 * </pre>
 *
 * (Theta constants c1, c2, c3 named), which is o(|dw|) as dw -&gt; 0 with dw_min = o(|dw|).
 *
 * <p><b>The Theta(dw^2) term exactly, to leading order.</b> Without noise, BL pulses of signed size
 * s = +-dw_min with response q = q_+ (up) or q_- (down) give, by Taylor expansion of
 * w_{n+1} = w_n + s q(w_n),
 *
 * <pre>
 *   w_BL = w + BL s q(w) + (BL (BL - 1)/2) dw_min^2 q(w) q'(w) + O((BL dw_min)^3),
 * </pre>
 *
 * and U_q(w, BL s) = w + BL s q(w), so the residual is {@link #curvatureTerm} + O(dw^3): with
 * BL dw_min = |dw| the constant c2 is (1 - dw_min/|dw|) q q'/2, so a simulation can be compared with
 * the term itself, not only with its order.
 */
public final class Wu2025PulseUpdateError {

  private Wu2025PulseUpdateError() {}

  /** BL = ceil(|dw|/dw_min) (0 for dw = 0). */
  public static long bitLength(double increment, double dwMin) {
    Require.finite("increment", increment);
    Require.positive("dwMin", dwMin);
    return Require.ceilToLong("bit length", Math.abs(increment) / dwMin);
  }

  /**
   * The leading Theta(dw^2) part of the residual w_BL - U_q(w, BL s) of BL noise-free pulses:
   * (BL (BL - 1)/2) dw_min^2 q(w) q'(w), q and q' of the pulse's direction at the start w (signed).
   */
  public static double curvatureTerm(long bitLength, double dwMin, double q, double dq) {
    Require.nonNegative("bit length", bitLength);
    Require.positive("dwMin", dwMin);
    Require.finite("q", q);
    Require.finite("q'", dq);
    return bitLength * (bitLength - 1) / 2.0 * dwMin * dwMin * q * dq;
  }

  /** The residual c1 dw_min + c2 dw^2 + c3 sqrt(dw_min |dw|) sigma_c. */
  public static double residual(double increment, double dwMin, double sigmaC, double c1, double c2, double c3) {
    Require.finite("increment", increment);
    Require.positive("dwMin", dwMin);
    Require.nonNegative("sigmaC", sigmaC);
    Require.nonNegative("c1", c1);
    Require.nonNegative("c2", c2);
    Require.nonNegative("c3", c3);
    return c1 * dwMin + c2 * increment * increment + c3 * Math.sqrt(dwMin * Math.abs(increment)) * sigmaC;
  }
}
