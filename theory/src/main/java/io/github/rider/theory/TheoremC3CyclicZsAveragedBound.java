package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * Theorem C.3 of the paper (arXiv 2602.21321): the cyclic zero-shifting algorithm (Kim et al.
 * 2019: alternating down/up pulses, model (31)), averaged iterate, under Definition 2.1, eq. (32):
 *
 * <pre>
 *   (1/(2N)) sum_{n&lt;2N} ||G(W_n)||^2 &lt;= (phi(W_0) - phi*) / (2 N dw_min) + D (3/2) dw_min q_max^2 L_q
 * </pre>
 *
 * <p>N counts down/up <em>cycles</em>; the pulse count is 2N. The theorem also assumes
 * "N = O(dw_min^-2 kappa2^-2)" with an unspecified constant, which therefore cannot be checked
 * here; {@link #nominalHorizon} returns dw_min^-2 kappa2^-2 for orientation. The factor D
 * ({@code dimension}, default 1) plays the same role as in {@link Theorem2_2ZsAveragedBound}.
 */
public final class TheoremC3CyclicZsAveragedBound {

  private TheoremC3CyclicZsAveragedBound() {}

  /** The floor D (3/2) dw_min q_max^2 L_q. */
  public static double floor(DeviceConstants d, int dimension) {
    Theorem2_2ZsAveragedBound.requireDimension(dimension);
    return dimension * 1.5 * d.dwMin() * d.qMax() * d.qMax() * d.lQ();
  }

  /** Eq. (32) for one device. */
  public static double bound(DeviceConstants d, double potentialGap, long cycles) {
    return bound(d, potentialGap, cycles, 1);
  }

  /** Eq. (32); {@code cycles} = N &gt;= 1 (2N pulses). */
  public static double bound(DeviceConstants d, double potentialGap, long cycles, int dimension) {
    return form(d, dimension).bound(potentialGap, cycles);
  }

  /** The smallest number of cycles N with eq. (32) &lt;= delta; empty when delta &lt;= floor. */
  public static OptionalLong cyclesRequired(
      DeviceConstants d, double potentialGap, double delta, int dimension) {
    return form(d, dimension).stepsRequired(potentialGap, delta);
  }

  /** dw_min^-2 kappa2^-2, the scale of the theorem's horizon assumption N = O(.) (constant unknown). */
  public static double nominalHorizon(DeviceConstants d) {
    return 1 / (d.dwMin() * d.dwMin() * d.kappa2() * d.kappa2());
  }

  private static AveragedZsForm form(DeviceConstants d, int dimension) {
    return new AveragedZsForm(2, d.dwMin(), floor(d, dimension));
  }
}
