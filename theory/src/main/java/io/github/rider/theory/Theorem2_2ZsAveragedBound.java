package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * Theorem 2.2 of the paper (arXiv 2602.21321): convergence of the stochastic zero-shifting
 * algorithm (Algorithm 1, random +-dw_min pulses) under Definition 2.1, with the explicit constants
 * of its proof, eq. (25):
 *
 * <pre>
 *   (1/N) sum_{n&lt;N} E||G(W_n)||^2 &lt;= (phi(W_0) - phi(W*)) / (N dw_min) + D (L_q/2) dw_min q_max^2
 * </pre>
 *
 * <p>phi is the accumulated asymmetry potential (21), phi(W) = int_{W*}^{W} G, whose gradient is G;
 * the caller supplies the gap phi(W_0) - phi(W*) (&gt;= 0). For the linear device of eq. (103),
 * phi(w) = g (w - w*)^2 / 2 with g the slope of G.
 *
 * <p><b>Dimension.</b> The paper bounds ||eps F - |eps| G||^2 by dw_min^2 q_max^2 and so ignores a
 * factor D for a vector of D devices (proof of Theorem 2.2, eq. (25)). Here the noise term is
 * multiplied by {@code dimension} D (default 1, the per-device bound); the potential gap is that of
 * the whole vector. Consequence: the minimal achievable error is Theta(dw_min) and N = O(1/(delta
 * dw_min)).
 */
public final class Theorem2_2ZsAveragedBound {

  private Theorem2_2ZsAveragedBound() {}

  /** The floor D (L_q/2) dw_min q_max^2, i.e. the bound as N -&gt; infinity. */
  public static double floor(DeviceConstants d, int dimension) {
    requireDimension(dimension);
    return dimension * d.lQ() / 2 * d.dwMin() * d.qMax() * d.qMax();
  }

  /** Eq. (25) for one device (D = 1). */
  public static double bound(DeviceConstants d, double potentialGap, long n) {
    return bound(d, potentialGap, n, 1);
  }

  /** Eq. (25) for D devices; {@code potentialGap} = phi(W_0) - phi(W*), {@code n} = N &gt;= 1. */
  public static double bound(DeviceConstants d, double potentialGap, long n, int dimension) {
    return form(d, dimension).bound(potentialGap, n);
  }

  /**
   * The smallest N for which eq. (25) is at most {@code delta}: ceil(gap / (dw_min (delta -
   * floor))), at least 1; empty when delta &lt;= floor (not reachable by this bound).
   */
  public static OptionalLong pulsesRequired(
      DeviceConstants d, double potentialGap, double delta, int dimension) {
    return form(d, dimension).stepsRequired(potentialGap, delta);
  }

  private static AveragedZsForm form(DeviceConstants d, int dimension) {
    return new AveragedZsForm(1, d.dwMin(), floor(d, dimension));
  }

  static void requireDimension(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension (number of devices D) must be >= 1, was " + dimension);
    }
  }
}
