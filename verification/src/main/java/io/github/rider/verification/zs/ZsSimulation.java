package io.github.rider.verification.zs;

import io.github.rider.device.ResponseFunction;
import java.util.random.RandomGenerator;

/**
 * Pulse-level zero-shifting (Algorithm 1) on one device, independent of the
 * algorithms module so that it can serve as the oracle of the ZS theorems: a positive pulse sets
 * w &larr; w + dw_min q+(w), a negative one w &larr; w - dw_min q-(w) (eq. 5; this is exactly eq.
 * (7), W + eps F - |eps| G, for eps = +-dw_min), clipped to the response's range.
 *
 * <ul>
 *   <li>{@link Variant#STOCHASTIC}: the sign of each pulse is uniform in {+, -} (Theorems 2.2,
 *   C.2);
 *   <li>{@link Variant#CYCLIC}: down, up, down, up, ... (Kim et al. 2019; model (31), Theorems C.3,
 *       C.4); deterministic, the generator is not used.
 * </ul>
 *
 * A {@link Fault} deliberately breaks the simulation, for the mutation checks of the property
 * suites (a property that cannot fail is a defect).
 */
public final class ZsSimulation {

  /** Which pulse sequence. */
  public enum Variant {
    STOCHASTIC,
    CYCLIC
  }

  /** A deliberate defect of the simulated device or algorithm. */
  public enum Fault {
    /** The correct model. */
    NONE,
    /** Up steps twice as large as the response says: the stationary point moves off the SP. */
    BIASED_PULSES,
    /** q+ and q- exchanged: G changes sign and the SP becomes repelling. */
    WRONG_SIGN_OF_G
  }

  /**
   * Outcome of one run.
   *
   * @param last         W_M, the state after the M pulses
   * @param meanGSquared (1/M) sum_{n&lt;M} G(W_n)^2, the averaged-iterate quantity of (25)/(32)
   * @param visitedMin   smallest state visited (W_0 included)
   * @param visitedMax   largest state visited
   * @param meanSquaredDeviation (1/M) sum_{n=1..M} (W_n - W*)^2 with W* the response's SP (time
   * average)
   */
  public record Trajectory(double last, double meanGSquared, double visitedMin, double visitedMax,
      double meanSquaredDeviation) {}

  private ZsSimulation() {}

  /**
   * Runs {@code pulses} pulses from {@code w0}.
   *
   * @param rng sign source of the stochastic variant (may be null for the cyclic one)
   */
  public static Trajectory run(ResponseFunction rf, double dwMin, double w0, long pulses,
      Variant variant, Fault fault, RandomGenerator rng) {
    if (pulses < 1) {
      throw new IllegalArgumentException("pulses must be >= 1, was " + pulses);
    }
    if (!(dwMin > 0)) {
      throw new IllegalArgumentException("dwMin must be > 0, was " + dwMin);
    }
    double w = w0;
    double sumG2 = 0;
    double sumDev = 0;
    double sp = rf.symmetricPoint();
    double min = w0;
    double max = w0;
    for (long n = 0; n < pulses; n++) {
      double g = rf.g(w);
      sumG2 += g * g;
      boolean up = variant == Variant.CYCLIC ? n % 2 == 1 : rng.nextBoolean();
      w = pulse(rf, dwMin, w, up, fault);
      min = Math.min(min, w);
      max = Math.max(max, w);
      sumDev += (w - sp) * (w - sp);
    }
    return new Trajectory(w, sumG2 / pulses, min, max, sumDev / pulses);
  }

  /**
   * One pulse of the model (5): w + dw_min q+(w) (up) or w - dw_min q-(w) (down), clipped to the
   * response's range, with the {@code fault} applied.
   */
  public static double pulse(ResponseFunction rf, double dwMin, double w, boolean up, Fault fault) {
    double qp = rf.qPlus(w);
    double qm = rf.qMinus(w);
    if (fault == Fault.WRONG_SIGN_OF_G) {
      double t = qp;
      qp = qm;
      qm = t;
    } else if (fault == Fault.BIASED_PULSES) {
      qp *= 2;
    }
    double next = up ? w + dwMin * qp : w - dwMin * qm;
    return Math.max(rf.wMin(), Math.min(rf.wMax(), next));
  }
}
