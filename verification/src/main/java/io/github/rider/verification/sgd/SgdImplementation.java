package io.github.rider.verification.sgd;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.properties.Mutation;

/**
 * An implementation of Analog SGD in the mean-field model on one weight, W_{k+1} = W_k - alpha g
 * F(W_k) - alpha |g| G(W_k) (paper eq. 2; Wu et al. 2025 eq. 2), the thing the implicit-penalty
 * statement of Wu et al. 2025 is checked against: the production {@link ProductionSgd} or the
 * oracle {@link SgdSimulation}.
 */
public interface SgdImplementation {

  /** What runs, for reports. */
  String name();

  /**
   * From W_0 = W*, {@code batch} burn-in steps, then the means of W_k over {@code batches}
   * consecutive batches of {@code batch} steps (W_{batch+1}, ..., W_{(batches+1) batch}); gradient
   * samples from the {@code GRADIENT_NOISE} stream of {@code streams}.
   */
  double[] batchMeans(PlantedQuadratic f, ResponseFunction rf, double alpha, long batch, int batches,
      RandomStreams streams);

  /**
   * This implementation with the deliberate defect {@code m}.
   *
   * @throws IllegalArgumentException if there is no such mutant
   */
  SgdImplementation mutant(Mutation m);
}
