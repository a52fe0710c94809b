package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.Map;

/**
 * Analog SGD (paper eq. 2; Wu et al. 2025 eq. 2): the desired increment -alpha grad f(W_k; xi_k)
 * applied to an analog array, W_{k+1} = W_k - alpha g (.) F(W_k) - alpha |g| (.) G(W_k) + b_k.
 * With G(W*) != 0 the optimum is not a fixed point and the iterates stall at a distance that
 * grows with the symmetric-point offset (paper eqs. (2), (5)-(6)).
 */
public final class AnalogSgd extends AbstractTrainer {

  private final AnalogArray array;
  private final double alpha;
  private final double[] w;
  private final double[] g;

  public AnalogSgd(Objective objective, AnalogArray w, double alpha, RandomStreams streams) {
    super(objective, streams);
    checkSize("W", w, objective.dimension());
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and > 0, was " + alpha);
    }
    this.array = w;
    this.alpha = alpha;
    this.w = new double[w.size()];
    this.g = new double[w.size()];
  }

  @Override
  public String name() {
    return VectorAlgorithm.ANALOG_SGD.cliName();
  }

  @Override
  void step(long k) {
    array.read(w);
    objective.stochasticGradient(w, gradientRng, g);
    for (int i = 0; i < g.length; i++) {
      g[i] *= -alpha;
    }
    array.update(g);
  }

  @Override
  void readW(double[] out) {
    array.read(out);
  }

  @Override
  AnalogArray[] trainedArrays() {
    return new AnalogArray[] {array};
  }

  @Override
  void describe(Map<String, Object> out) {
    out.put("lr", alpha);
  }
}
