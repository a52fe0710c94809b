package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;

/**
 * A training objective f(W) = E_xi[f(W; xi)] on R^D with a known minimiser W* (paper eq. 1),
 * the problem side of every algorithm in this module.
 *
 * <p>The stochastic gradient draws its sample xi (minibatch indices, additive gradient noise) from
 * the generator the caller passes in, so an objective holds no randomness of its own and two
 * algorithms given generators from one seed see the same samples (common random numbers).
 * Implementations are immutable apart from their scratch buffers: they are not thread-safe.
 */
public interface Objective {

  /** Short name, e.g. {@code least-squares}. */
  String name();

  /** Dimension D of W. */
  int dimension();

  /** f(W). */
  double value(double[] w);

  /** Full gradient: {@code out = grad f(W)}. */
  void gradient(double[] w, double[] out);

  /**
   * Stochastic gradient {@code out = grad f(W; xi)} with xi drawn from {@code rng}; unbiased
   * (Assumption 3.2).
   */
  void stochasticGradient(double[] w, RandomGenerator rng, double[] out);

  /** A copy of the minimiser W*. */
  double[] optimum();

  /** f* = f(W*). */
  default double optimalValue() {
    return value(optimum());
  }

  /** The constants L, mu, sigma of Assumptions 3.1-3.3. */
  ObjectiveConstants constants();
}
