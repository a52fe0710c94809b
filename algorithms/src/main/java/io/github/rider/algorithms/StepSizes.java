package io.github.rider.algorithms;

import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ProblemConstants;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.theory.Theorem3_7RiderConvergence;

/**
 * Step sizes of the residual family (Algorithm 2; Theorem 3.7 asks alpha = Theta(1/sqrt K),
 * beta = Theta(alpha gamma mu), eta = Theta(alpha mu), gamma = Theta(1)). Algorithms that need
 * fewer of them ignore the rest.
 *
 * @param alpha learning rate of the gradient step on P (or W for SGD), &gt; 0
 * @param beta  transfer rate of W's update (11b), &gt;= 0
 * @param eta   EMA rate of Q (12), in [0, 1]; 0 freezes Q (residual learning with a static
 *              reference)
 * @param gamma residual scale of the mixed weight W-bar = W + gamma (P - Q), &gt;= 0
 */
public record StepSizes(double alpha, double beta, double eta, double gamma) {

  public StepSizes {
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and > 0, was " + alpha);
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be finite and >= 0, was " + beta);
    }
    if (!(eta >= 0 && eta <= 1)) {
      throw new IllegalArgumentException("eta must be in [0, 1], was " + eta);
    }
    if (!(gamma >= 0) || Double.isInfinite(gamma)) {
      throw new IllegalArgumentException("gamma must be finite and >= 0, was " + gamma);
    }
  }

  /** The same values from the theory module's record. */
  public static StepSizes of(RiderStepSizes s) {
    return new StepSizes(s.alpha(), s.beta(), s.eta(), s.gamma());
  }

  /**
   * The Theorem 3.7 prescription for K iterations (delegates to
   * {@link Theorem3_7RiderConvergence#prescribe(ProblemConstants, DeviceConstants, long, double)}):
   * alpha = min(1/sqrt K, alpha_max), beta = alpha gamma mu q_min^3/(4 sqrt 34 q_max^3),
   * eta = min(alpha mu q_min^4/(52 q_max^3), beta q_max^2/(gamma q_min), 1).
   */
  public static StepSizes theorem37(ProblemConstants problem, DeviceConstants device, long k,
      double gamma) {
    return of(Theorem3_7RiderConvergence.prescribe(problem, device, k, gamma));
  }

  public StepSizes withAlpha(double v) {
    return new StepSizes(v, beta, eta, gamma);
  }

  public StepSizes withBeta(double v) {
    return new StepSizes(alpha, v, eta, gamma);
  }

  public StepSizes withEta(double v) {
    return new StepSizes(alpha, beta, v, gamma);
  }

  public StepSizes withGamma(double v) {
    return new StepSizes(alpha, beta, eta, v);
  }
}
