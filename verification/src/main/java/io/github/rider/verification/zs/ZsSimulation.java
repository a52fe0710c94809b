package io.github.rider.verification.zs;

import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.device.ResponseFunction;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * The independent oracle of zero-shifting (Algorithm 1, arXiv 2602.21321 §2.1) on one device, written without
 * the algorithms and array code: a positive pulse sets w &larr; w + dw_min q+(w), a negative one
 * w &larr; w - dw_min q-(w) (eq. 5; this is eq. (7), W + eps F - |eps| G, for eps = +-dw_min),
 * clipped to the response's range. {@link Variant#STOCHASTIC}: the sign of each pulse is uniform
 * in {+, -} (Theorems 2.2, C.2); {@link Variant#CYCLIC}: down, up, down, up, ... (Kim et al. 2019;
 * model (31), Theorems C.3, C.4). It is tied to {@link ProductionZs} by an equivalence test.
 */
public final class ZsSimulation implements ZsImplementation {

  /** The oracle. */
  public static final ZsSimulation ORACLE = new ZsSimulation();

  private ZsSimulation() {}

  @Override
  public String name() {
    return "verification's independent ZS loop (oracle)";
  }

  @Override
  public ZsImplementation mutant(Mutation m) {
    throw new IllegalArgumentException("the oracle has no mutants; mutants are of the production code");
  }

  @Override
  public ZsTrajectory run(ResponseFunction rf, double dwMin, double w0, long pulses, Variant variant,
      RandomGenerator rng) {
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
      w = pulse(rf, dwMin, w, up);
      min = Math.min(min, w);
      max = Math.max(max, w);
      sumDev += (w - sp) * (w - sp);
    }
    return new ZsTrajectory(w, sumG2 / pulses, min, max, sumDev / pulses);
  }

  /** One pulse of the model (5): w + dw_min q+(w) (up) or w - dw_min q-(w) (down), clipped to the response's range. */
  public static double pulse(ResponseFunction rf, double dwMin, double w, boolean up) {
    double next = up ? w + dwMin * rf.qPlus(w) : w - dwMin * rf.qMinus(w);
    return Math.max(rf.wMin(), Math.min(rf.wMax(), next));
  }
}
