package io.github.rider.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * The cyclic zero-shifting model (31) of arXiv 2602.21321 (App. C) iterated exactly: a down pulse
 * w &larr; w - dw_min q-(w), then an up pulse w &larr; w + dw_min q+(w). Theorem C.4 bounds the
 * squared error (W_2N - W*)^2 of this deterministic process; the bound is loose by orders of
 * magnitude (its floor is O(dw_min), the process settles O(dw_min) from the SP, an O(dw_min^2)
 * squared error), so a simulation compared only with the bound cannot notice a wrong constant. This
 * class gives the process itself, to compare a simulation with it exactly.
 *
 * <p><b>Linear device (103).</b> The cycle map is affine, w &rarr; a w + b, with
 *
 * <pre>
 *   a = (1 - dw_min alpha_+/tau_max)(1 - dw_min alpha_-/tau_min),
 *   b = dw_min alpha_+ - (1 - dw_min alpha_+/tau_max) dw_min alpha_-,
 *   W_2n = w_c + a^n (W_0 - w_c),   w_c = b / (1 - a)   (the cycle's fixed point),
 * </pre>
 *
 * so the squared error W_2n - w_c contracts by a^2 per cycle. With mu_q = min(alpha_-/tau_min,
 * alpha_+/tau_max) (Definition C.1), a &lt;= (1 - dw_min mu_q)^2 with equality when the two slopes
 * agree: the exact contraction of the squared error per cycle is then (1 - dw_min mu_q)^4. The
 * proof's recursion (42) contracts by (1 - dw_min mu_q)^2 per cycle (twice the exact time constant);
 * the printed statement's (1 - 2 dw_min mu_q)^2 is the exact rate to first order in dw_min but
 * slightly faster at second order ((1 - x)^4 - (1 - 2x)^2 = 2x^2 - 4x^3 + x^4 &gt; 0), which the
 * floor absorbs ({@link TheoremC4CyclicZsLastIterate}).
 */
public final class CyclicZsModel31 {

  /**
   * The quantities of one run of N cycles (2N pulses) from W_0, as the zero-shifting theorems
   * observe them.
   *
   * @param last                 W_2N
   * @param meanSquaredDeviation (1/2N) sum_{n=1..2N} (W_n - sp)^2
   * @param evenSquaredErrors    (W_2n - sp)^2 for n = 0..N
   */
  public record Run(double last, double meanSquaredDeviation, double[] evenSquaredErrors) {}

  private CyclicZsModel31() {}

  /** One cycle: the down pulse w - dw_min q-(w), then the up pulse from there. */
  public static double cycle(DoubleUnaryOperator qPlus, DoubleUnaryOperator qMinus, double dwMin, double w) {
    double down = w - dwMin * qMinus.applyAsDouble(w);
    return down + dwMin * qPlus.applyAsDouble(down);
  }

  /** N cycles of model (31) from w0, with the squared errors measured against {@code sp}. */
  public static Run run(DoubleUnaryOperator qPlus, DoubleUnaryOperator qMinus, double dwMin, double w0, double sp,
      int cycles) {
    Require.positive("dw_min", dwMin);
    Require.finite("W_0", w0);
    Require.finite("sp", sp);
    Require.positive("cycles", cycles);
    double[] even = new double[cycles + 1];
    even[0] = (w0 - sp) * (w0 - sp);
    double w = w0;
    double sum = 0;
    for (int n = 1; n <= cycles; n++) {
      double down = w - dwMin * qMinus.applyAsDouble(w);
      w = down + dwMin * qPlus.applyAsDouble(down);
      even[n] = (w - sp) * (w - sp);
      sum += (down - sp) * (down - sp) + even[n];
    }
    return new Run(w, sum / (2.0 * cycles), even);
  }

  /** The linear device's cycle contraction a = (1 - dw alpha_+/tau_max)(1 - dw alpha_-/tau_min). */
  public static double linearContraction(double aPlus, double aMinus, double tauMax, double tauMin, double dwMin) {
    return (1 - dwMin * aPlus / tauMax) * (1 - dwMin * aMinus / tauMin);
  }

  /** The linear device's cycle fixed point w_c = b/(1 - a). */
  public static double linearFixedPoint(double aPlus, double aMinus, double tauMax, double tauMin, double dwMin) {
    double a = linearContraction(aPlus, aMinus, tauMax, tauMin, dwMin);
    double b = dwMin * aPlus - (1 - dwMin * aPlus / tauMax) * dwMin * aMinus;
    return b / (1 - a);
  }

  /** W_2n of the linear device in closed form: w_c + a^n (W_0 - w_c). */
  public static double linearEvenIterate(double aPlus, double aMinus, double tauMax, double tauMin, double dwMin,
      double w0, long n) {
    Require.nonNegative("n", n);
    double wc = linearFixedPoint(aPlus, aMinus, tauMax, tauMin, dwMin);
    return wc + Math.pow(linearContraction(aPlus, aMinus, tauMax, tauMin, dwMin), n) * (w0 - wc);
  }
}
