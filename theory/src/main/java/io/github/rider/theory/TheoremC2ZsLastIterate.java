package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * Theorem C.2 of the paper (arXiv 2602.21321): last iterate of the stochastic zero-shifting
 * algorithm (Algorithm 1) for monotone devices (Definitions 2.1 and C.1), recursion (27)-(28):
 *
 * <pre>
 *   E||W_{n+1} - W*||^2 &lt;= (1 - 2 dw_min mu_q) ||W_n - W*||^2 + 2 D dw_min^2 q_max^2
 *   E||W_N - W*||^2     &lt;= (1 - 2 dw_min mu_q)^N e0 + D dw_min q_max^2 / mu_q,   e0 = ||W_0 - W*||^2
 * </pre>
 *
 * <p>Pulses needed for E||W_N - W*||^2 &lt;= delta: N &gt;= log(2 e0/delta) / (2 mu_q dw_min) (the
 * statement prints "N &lt;=", an erratum: the proof gives "&gt;="), valid when delta &gt;= 2 D q_max^2
 * dw_min / mu_q, the minimal achievable error. When e0 &lt;= delta/2 no pulse is needed (0).
 *
 * <p>Conditions (checked, {@link IllegalArgumentException} naming them): mu_q &gt; 0 (Definition
 * C.1) and mu_q &lt; 1/(2 dw_min) (printed "mu_g", an erratum), which makes the factor a contraction.
 *
 * <p><b>Dimension.</b> e0 is the squared Euclidean distance of the whole vector of D devices, which
 * the caller passes; every operation of ZS is per device, so the vector bound is the sum of the
 * per-device bounds and the floor carries the factor D ({@code dimension}, default 1: one device).
 */
public final class TheoremC2ZsLastIterate {

  private TheoremC2ZsLastIterate() {}

  /** Throws unless mu_q &gt; 0 and mu_q &lt; 1/(2 dw_min). */
  public static void requireConditions(DeviceConstants d) {
    if (!(d.muQ() > 0)) {
      throw new IllegalArgumentException(
          "Theorem C.2 requires a monotone device (Definition C.1, mu_q > 0), was mu_q = " + d.muQ());
    }
    if (!(2 * d.dwMin() * d.muQ() < 1)) {
      throw new IllegalArgumentException(
          "Theorem C.2 requires mu_q < 1/(2 dw_min) (printed 'mu_g', erratum), was mu_q = "
              + d.muQ() + " with 1/(2 dw_min) = " + 1 / (2 * d.dwMin()));
    }
  }

  /** The contraction factor 1 - 2 dw_min mu_q per pulse. */
  public static double contractionFactor(DeviceConstants d) {
    requireConditions(d);
    return 1 - 2 * d.dwMin() * d.muQ();
  }

  /** The floor D dw_min q_max^2 / mu_q (the bound as N -&gt; infinity). */
  public static double floor(DeviceConstants d, int dimension) {
    return form(d, dimension).floor();
  }

  /** Minimal achievable delta: 2 D q_max^2 dw_min / mu_q. */
  public static double minimalDelta(DeviceConstants d, int dimension) {
    return form(d, dimension).minimalDelta();
  }

  /** The bound on E||W_N - W*||^2 for one device. */
  public static double bound(DeviceConstants d, double e0, long n) {
    return bound(d, e0, n, 1);
  }

  /** The bound on E||W_N - W*||^2 for D devices; e0 = ||W_0 - W*||^2 of the vector. */
  public static double bound(DeviceConstants d, double e0, long n, int dimension) {
    return form(d, dimension).bound(e0, n);
  }

  /**
   * ceil(log(2 e0/delta)/(2 mu_q dw_min)) pulses (0 if e0 &lt;= delta/2), or empty when delta is below
   * {@link #minimalDelta}.
   */
  public static OptionalLong pulsesRequired(DeviceConstants d, double e0, double delta, int dimension) {
    return form(d, dimension).pulsesRequired(e0, delta);
  }

  /** One device. */
  public static OptionalLong pulsesRequired(DeviceConstants d, double e0, double delta) {
    return pulsesRequired(d, e0, delta, 1);
  }

  /**
   * The smallest N at which the bound itself is &lt;= delta (exists iff delta &gt; floor or e0 +
   * floor &lt;= delta); never more than {@link #pulsesRequired} where that applies.
   */
  public static OptionalLong smallestPulsesMeetingBound(
      DeviceConstants d, double e0, double delta, int dimension) {
    return form(d, dimension).smallestPulsesMeetingBound(e0, delta);
  }

  private static LastIterateZsForm form(DeviceConstants d, int dimension) {
    requireConditions(d);
    Theorem2_2ZsAveragedBound.requireDimension(dimension);
    return new LastIterateZsForm(
        2 * d.dwMin() * d.muQ(), dimension * d.dwMin() * d.qMax() * d.qMax() / d.muQ());
  }
}
