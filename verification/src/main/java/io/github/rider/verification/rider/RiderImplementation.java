package io.github.rider.verification.rider;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.properties.Mutation;

/**
 * An implementation of RIDER (Algorithm 2) in the mean-field model, the thing Theorem 3.7 is
 * checked against: the production {@link ProductionRider} (algorithms' {@code Rider} on
 * {@code MeanFieldArray}s) or the independent oracle {@link RiderSimulation}.
 */
public interface RiderImplementation {

  /** What runs, for reports. */
  String name();

  /**
   * K iterations from W_0 = P_0 = Q_0 = 0 on one P and one W device per coordinate, with
   * discretisation noise b ~ N(0, noiseFactor |dW| dw_min) (0: the noise-free mean field).
   *
   * @param streams the gradient samples come from its {@code GRADIENT_NOISE} stream
   */
  RiderRun run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps, long k,
      double dwMin, double noiseFactor, RandomStreams streams);

  /**
   * n iterations from {@code start} with noise-free devices (b = 0), gradient samples from the
   * {@code GRADIENT_NOISE} stream of {@code streams}; {@code visitor} sees the states at k = 0..n in
   * order.
   */
  void trajectory(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps,
      RiderState start, long n, RandomStreams streams, StateVisitor visitor);

  /** Receives RIDER's state at iteration k; the arrays are valid only during the call. */
  @FunctionalInterface
  interface StateVisitor {
    void visit(long k, double[] w, double[] p, double[] q);
  }

  /**
   * This implementation with the deliberate defect {@code m}.
   *
   * @throws IllegalArgumentException if there is no such mutant
   */
  RiderImplementation mutant(Mutation m);
}
