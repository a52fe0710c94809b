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
 */
public final class Wu2025PulseUpdateError {

  private Wu2025PulseUpdateError() {}

  /** BL = ceil(|dw|/dw_min) (0 for dw = 0). */
  public static long bitLength(double increment, double dwMin) {
    Require.finite("increment", increment);
    Require.positive("dwMin", dwMin);
    return Require.ceilToLong("bit length", Math.abs(increment) / dwMin);
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
