package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;

/**
 * Algorithm 2, RIDER: residual learning whose reference Q is a digital exponential
 * moving average of P, tracking P's symmetric point without knowing it:
 * <pre>
 *   W-bar_k = W_k + gamma (P_k - Q_k)
 *   P_{k+1} = P_k - alpha g (.) F_p(P_k) - alpha |g| (.) G_p(P_k) + b_k       (11a)
 *   Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}                                    (12)
 *   W_{k+1} = W_k + beta (P_{k+1} - Q_k) (.) F_w(W_k) - beta |P_{k+1} - Q_k| (.) G_w(W_k) + b'_k (11b)
 * </pre>
 * with g = grad f(W-bar_k; xi_k); (11b) uses the old Q_k. Theorem 3.7 gives convergence to
 * W* up to Theta(dw_min) under its C* condition; outside it RIDER can stall (docs/algorithms.md
 * §6), where {@link ERider} still converges. RIDER equals E-RIDER with p = 0 and digital
 * references.
 */
public final class Rider extends ResidualTrainer {

  private final double[] q;

  /**
   * @param q0 initial reference Q_0 (digital)
   */
  public Rider(Objective objective, AnalogArray p, AnalogArray w, double[] q0, StepSizes steps,
      RandomStreams streams) {
    super(objective, p, w, steps, streams);
    this.q = checkedReference("q0", q0, objective.dimension());
  }

  @Override
  public String name() {
    return VectorAlgorithm.RIDER.cliName();
  }

  @Override
  void step(long k) {
    unchoppedStep(q); // W-bar and (11b) read Q_k, then Q moves to Q_{k+1}
    ema(q);
  }

  @Override
  double[] reference() {
    return q;
  }
}
