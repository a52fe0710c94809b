package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * Theorem C.4 of the paper (arXiv 2602.21321): last iterate of cyclic zero-shifting (alternating
 * down/up pulses, model (31)) for monotone devices (Definitions 2.1 and C.1):
 *
 * <pre>
 *   ||W_{2N} - W*||^2 &lt;= c^{2N} e0 + D dw_min q_max^2 (4 + L_q^2/mu_q + 2 mu_q) / mu_q
 *   cycles needed:  N &gt;= log(2 e0/delta) / (2 r),    pulses = 2N
 *   achievable:     delta &gt;= 2 D q_max^2 (4 + L_q^2/mu_q + 2 mu_q) dw_min / mu_q
 * </pre>
 *
 * where c = 1 - r is the contraction per pulse. <b>Erratum (contraction).</b> The proof's two-step
 * recursion (42) contracts by (1 - dw_min mu_q)^2 per cycle (r = dw_min mu_q), but the statement
 * iterates (1 - 2 dw_min mu_q)^{2N} (r = 2 dw_min mu_q, which gives the printed N &gt;= log(2 e0/delta)
 * / (4 mu_q dw_min)). The default {@link Contraction#PROOF_RECURSION} follows what the proof shows
 * (twice the printed cycle count); {@link Contraction#AS_PRINTED} reproduces the statement. The
 * floor is as printed in both.
 *
 * <p><b>Conditions (checked).</b> mu_q &gt; 0; the printed condition "mu_q &lt; 1/(3 mu_q dw_min)" is
 * garbled, and the proof uses 3 dw_min^2 mu_q &lt;= dw_min mu_q, i.e. dw_min &lt;= 1/3, which is
 * checked; and 2 dw_min mu_q &lt; 1, so that both contraction readings are in (0, 1).
 * {@code dimension} D and e0 as in {@link TheoremC2ZsLastIterate}.
 */
public final class TheoremC4CyclicZsLastIterate {

  /** Which contraction factor to iterate (see the class comment). */
  public enum Contraction {
    /** (1 - dw_min mu_q)^2 per cycle, as derived in the proof's recursion (42). Default. */
    PROOF_RECURSION(1),
    /** (1 - 2 dw_min mu_q)^2 per cycle, as printed in the statement of Theorem C.4. */
    AS_PRINTED(2);

    private final double rateFactor;

    Contraction(double rateFactor) {
      this.rateFactor = rateFactor;
    }

    /** The contraction rate r per pulse: dw_min mu_q or 2 dw_min mu_q. */
    public double ratePerPulse(DeviceConstants d) {
      return rateFactor * d.dwMin() * d.muQ();
    }
  }

  private TheoremC4CyclicZsLastIterate() {}

  /** Throws unless mu_q &gt; 0, dw_min &lt;= 1/3 and 2 dw_min mu_q &lt; 1. */
  public static void requireConditions(DeviceConstants d) {
    if (!(d.muQ() > 0)) {
      throw new IllegalArgumentException(
          "Theorem C.4 requires a monotone device (Definition C.1, mu_q > 0), was mu_q = " + d.muQ());
    }
    if (!(d.dwMin() <= 1.0 / 3)) {
      throw new IllegalArgumentException(
          "Theorem C.4 requires dw_min <= 1/3 (reading of the garbled printed condition, used as"
              + " 3 dw_min^2 mu_q <= dw_min mu_q in the proof), was dw_min = " + d.dwMin());
    }
    if (!(2 * d.dwMin() * d.muQ() < 1)) {
      throw new IllegalArgumentException(
          "Theorem C.4 requires 2 dw_min mu_q < 1 (a contraction), was " + 2 * d.dwMin() * d.muQ());
    }
  }

  /** The floor D dw_min q_max^2 (4 + L_q^2/mu_q + 2 mu_q) / mu_q. */
  public static double floor(DeviceConstants d, int dimension) {
    requireConditions(d);
    Theorem2_2ZsAveragedBound.requireDimension(dimension);
    double mu = d.muQ();
    return dimension * d.dwMin() * d.qMax() * d.qMax() * (4 + d.lQ() * d.lQ() / mu + 2 * mu) / mu;
  }

  /** Minimal achievable delta, twice the floor. */
  public static double minimalDelta(DeviceConstants d, int dimension) {
    return 2 * floor(d, dimension);
  }

  /** The bound on ||W_{2N} - W*||^2 after N cycles, one device, proof contraction. */
  public static double bound(DeviceConstants d, double e0, long cycles) {
    return bound(d, e0, cycles, 1, Contraction.PROOF_RECURSION);
  }

  /** The bound on ||W_{2N} - W*||^2 after N cycles (2N pulses). */
  public static double bound(
      DeviceConstants d, double e0, long cycles, int dimension, Contraction contraction) {
    Require.nonNegative("cycles", cycles);
    return form(d, dimension, contraction).bound(e0, Math.multiplyExact(2, cycles));
  }

  /** ceil(log(2 e0/delta)/(2 r)) cycles (0 if e0 &lt;= delta/2); empty below {@link #minimalDelta}. */
  public static OptionalLong cyclesRequired(
      DeviceConstants d, double e0, double delta, int dimension, Contraction contraction) {
    LastIterateZsForm perCycle = form(d, dimension, contraction);
    perCycle.pulsesRequired(e0, delta); // validates e0 and delta
    if (delta < perCycle.minimalDelta()) {
      return OptionalLong.empty();
    }
    if (e0 <= delta / 2) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(Require.ceilToLong(
        "cycles required", Math.log(2 * e0 / delta) / (2 * perCycle.ratePerPulse())));
  }

  /** Pulses required, 2 x {@link #cyclesRequired}; empty when delta is not reachable. */
  public static OptionalLong pulsesRequired(
      DeviceConstants d, double e0, double delta, int dimension, Contraction contraction) {
    OptionalLong cycles = cyclesRequired(d, e0, delta, dimension, contraction);
    return cycles.isPresent() ? OptionalLong.of(Math.multiplyExact(2, cycles.getAsLong())) : cycles;
  }

  private static LastIterateZsForm form(DeviceConstants d, int dimension, Contraction contraction) {
    if (contraction == null) {
      throw new IllegalArgumentException("contraction must not be null");
    }
    return new LastIterateZsForm(contraction.ratePerPulse(d), floor(d, dimension));
  }
}
