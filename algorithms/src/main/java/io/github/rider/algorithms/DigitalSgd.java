package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.Map;

/** Digital SGD, the baseline: W_{k+1} = W_k - alpha grad f(W_k; xi_k), in double precision. */
public final class DigitalSgd extends AbstractTrainer {

  private final double alpha;
  private final double[] w;
  private final double[] g;

  /**
   * @param w0    initial weights
   * @param alpha learning rate (&gt; 0)
   */
  public DigitalSgd(Objective objective, double[] w0, double alpha, RandomStreams streams) {
    super(objective, streams);
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and > 0, was " + alpha);
    }
    if (w0.length != objective.dimension()) {
      throw new IllegalArgumentException("w0 must have length " + objective.dimension());
    }
    this.alpha = alpha;
    this.w = w0.clone();
    this.g = new double[w0.length];
  }

  @Override
  public String name() {
    return VectorAlgorithm.DIGITAL_SGD.cliName();
  }

  @Override
  void step(long k) {
    objective.stochasticGradient(w, gradientRng, g);
    for (int i = 0; i < w.length; i++) {
      w[i] -= alpha * g[i];
    }
  }

  @Override
  void readW(double[] out) {
    System.arraycopy(w, 0, out, 0, w.length);
  }

  @Override
  AnalogArray[] trainedArrays() {
    return new AnalogArray[0];
  }

  @Override
  void describe(Map<String, Object> out) {
    out.put("lr", alpha);
  }
}
