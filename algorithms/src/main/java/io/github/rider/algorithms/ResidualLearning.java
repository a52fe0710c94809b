package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;

/**
 * Residual learning / Tiki-Taka with gamma (Wu et al. 2025 eqs. 10-11) with a static
 * reference Q (0 in Wu et al., who assume a zero-shifted SP, G_p(0) = 0):
 * <pre>
 *   W-bar_k = W_k + gamma (P_k - Q)
 *   P_{k+1} = P_k - alpha g (.) F_p(P_k) - alpha |g| (.) G_p(P_k) + b_k,  g = grad f(W-bar_k; xi_k)
 *   W_{k+1} = W_k + beta (P_{k+1} - Q) (.) F_w(W_k) - beta |P_{k+1} - Q| (.) G_w(W_k) + b'_k
 * </pre>
 * With a nonzero SP on P and Q = 0, P is pulled towards its SP, not to Q, and the iterates stall
 * (paper App. B.2). {@code eta} is ignored.
 */
public final class ResidualLearning extends StaticReferenceTrainer {

  /** Residual learning with reference Q = 0 (Wu et al. 2025). */
  public ResidualLearning(Objective objective, AnalogArray p, AnalogArray w, StepSizes steps,
      RandomStreams streams) {
    this(objective, p, w, new double[objective.dimension()], steps, streams);
  }

  /** Residual learning with a given static reference Q. */
  public ResidualLearning(Objective objective, AnalogArray p, AnalogArray w, double[] reference,
      StepSizes steps, RandomStreams streams) {
    super(objective, p, w, reference, steps, streams);
  }

  @Override
  public String name() {
    return VectorAlgorithm.RESIDUAL.cliName();
  }
}
