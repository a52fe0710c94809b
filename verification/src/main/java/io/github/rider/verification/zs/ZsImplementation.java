package io.github.rider.verification.zs;

import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.device.ResponseFunction;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * An implementation of zero-shifting (Algorithm 1) on one device, the thing the ZS theorems are
 * checked against: the production {@link ProductionZs} (algorithms' {@code ZeroShifting} on a
 * mean-field or pulsed array) or the independent oracle {@link ZsSimulation}.
 */
public interface ZsImplementation {

  /** What runs, for reports, e.g. "algorithms.ZeroShifting on MeanFieldArray". */
  String name();

  /**
   * Fires {@code pulses} pulses on a device with response {@code rf} and granularity {@code dwMin}
   * from {@code w0}, observing the trajectory; G is measured on {@code rf}.
   *
   * @param rng sign source of the stochastic variant (unused by the cyclic one)
   */
  ZsTrajectory run(ResponseFunction rf, double dwMin, double w0, long pulses, Variant variant, RandomGenerator rng);

  /**
   * This implementation with the deliberate defect {@code m} (a broken production
   * implementation that the properties must reject).
   *
   * @throws IllegalArgumentException if there is no such mutant
   */
  ZsImplementation mutant(Mutation m);
}
