package io.github.rider.algorithms.problem;

import io.github.rider.theory.ProblemConstants;

/**
 * Problem constants of the analysis (paper Assumptions 3.1-3.6).
 *
 * @param smoothness       L of Assumption 3.1 (largest Hessian eigenvalue, or an upper bound on
 *                         it; &gt;= strongConvexity)
 * @param strongConvexity  mu of Assumption 3.3 (smallest Hessian eigenvalue, or a lower bound on
 *                         it; &gt; 0)
 * @param sigma            gradient-noise level of Assumption 3.2 evaluated at the optimum:
 *                         sigma^2 = E||grad f(W*; xi) - grad f(W*)||^2 (&gt;= 0). For least squares
 *                         and logistic regression the noise grows away from W*; the value at W*
 *                         is the one that sets the error floors.
 */
public record ObjectiveConstants(double smoothness, double strongConvexity, double sigma) {

  public ObjectiveConstants {
    if (!(strongConvexity > 0) || Double.isInfinite(strongConvexity)) {
      throw new IllegalArgumentException(
          "strongConvexity (mu) must be finite and > 0, was " + strongConvexity);
    }
    if (!(smoothness >= strongConvexity) || Double.isInfinite(smoothness)) {
      throw new IllegalArgumentException(
          "smoothness (L) must be finite and >= mu (" + strongConvexity + "), was " + smoothness);
    }
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, was " + sigma);
    }
  }

  /**
   * The theory module's record, adding the Rayleigh-type constant C* of Assumption 3.6 (which
   * depends on the trajectory, so the caller supplies it, e.g. E|g_d| at W*).
   */
  public ProblemConstants toProblemConstants(double cStar) {
    return new ProblemConstants(smoothness, strongConvexity, sigma, cStar);
  }

  /** kappa1 = L / mu, the condition number of the function. */
  public double kappa1() {
    return smoothness / strongConvexity;
  }
}
