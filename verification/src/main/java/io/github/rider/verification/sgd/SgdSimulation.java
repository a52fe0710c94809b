package io.github.rider.verification.sgd;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * The independent oracle of one-weight Analog SGD, written without the algorithms module:
 * w &larr; w - alpha g F(w) - alpha |g| G(w) with g = f'(w) + noise, no clipping. Tied to
 * {@link ProductionSgd} by an equivalence test.
 */
public final class SgdSimulation implements SgdImplementation {

  /** The oracle. */
  public static final SgdSimulation ORACLE = new SgdSimulation();

  private SgdSimulation() {}

  @Override
  public String name() {
    return "verification's independent Analog SGD loop (oracle)";
  }

  @Override
  public SgdImplementation mutant(Mutation m) {
    throw new IllegalArgumentException("the oracle has no mutants; mutants are of the production code");
  }

  @Override
  public double[] batchMeans(PlantedQuadratic f, ResponseFunction rf, double alpha, long batch, int batches,
      RandomStreams streams) {
    RandomGenerator rng = streams.stream(RandomStreams.GRADIENT_NOISE);
    double[] w = f.optimum();
    double[] g = new double[1];
    for (long k = 0; k < batch; k++) {
      step(f, rf, alpha, w, g, rng);
    }
    double[] means = new double[batches];
    for (int b = 0; b < batches; b++) {
      double sum = 0;
      for (long k = 0; k < batch; k++) {
        step(f, rf, alpha, w, g, rng);
        sum += w[0];
      }
      means[b] = sum / batch;
    }
    return means;
  }

  private static void step(PlantedQuadratic f, ResponseFunction rf, double alpha, double[] w, double[] g,
      RandomGenerator rng) {
    f.stochasticGradient(w, rng, g);
    w[0] = w[0] - alpha * g[0] * rf.f(w[0]) - alpha * Math.abs(g[0]) * rf.g(w[0]);
  }
}
