package io.github.rider.verification.sgd;

import io.github.rider.algorithms.AnalogSgd;
import io.github.rider.algorithms.RunSettings;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.ElementUpdate;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.internal.ForwardingObjective;
import io.github.rider.verification.internal.BrokenUpdates;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * Analog SGD as users run it: the algorithms module's {@link AnalogSgd} on a noise-free
 * {@link MeanFieldArray}. The iterates are observed through the objective, which AnalogSgd asks for
 * one gradient at W_k per iteration.
 *
 * @param name what runs
 * @param rule the array's element update ({@link MeanFieldUpdate#NOISE_FREE}, or a mutant)
 */
public record ProductionSgd(String name, ElementUpdate rule) implements SgdImplementation {

  /** The production Analog SGD. */
  public static final ProductionSgd ANALOG_SGD =
      new ProductionSgd("algorithms.AnalogSgd on MeanFieldArray", MeanFieldUpdate.NOISE_FREE);

  /** {@link Mutation#WRONG_SIGN_OF_G}: the array's update with the G term's sign flipped. */
  @Override
  public SgdImplementation mutant(Mutation m) {
    if (m != Mutation.WRONG_SIGN_OF_G) {
      throw new IllegalArgumentException(name + " has no mutant " + m);
    }
    return new ProductionSgd(name + ", sign of the G term flipped", BrokenUpdates.FLIPPED_G);
  }

  @Override
  public double[] batchMeans(PlantedQuadratic f, ResponseFunction rf, double alpha, long batch, int batches,
      RandomStreams streams) {
    if (f.dimension() != 1) {
      throw new IllegalArgumentException("one weight expected, dimension was " + f.dimension());
    }
    MeanFieldArray w = MeanFieldArray.of(new ResponseFunction[] {rf}, 1e-3, f.optimum(), rule, null);
    Sums sums = new Sums(f, batch, batches);
    long k = (batches + 1L) * batch + 1;
    new AnalogSgd(sums, w, alpha, streams).run(new RunSettings(k, k, 1));
    double[] means = new double[batches];
    for (int b = 0; b < batches; b++) {
      means[b] = sums.sums[b] / batch;
    }
    return means;
  }

  /** f, adding W_k to the sum of batch b = (k - 1)/batch - 1 for k in [batch + 1, (batches + 1) batch]. */
  private static final class Sums extends ForwardingObjective {
    private final PlantedQuadratic quadratic;
    private final long batch;
    private final double[] sums;
    private long k;

    Sums(PlantedQuadratic f, long batch, int batches) {
      super(f);
      this.quadratic = f;
      this.batch = batch;
      this.sums = new double[batches];
    }

    @Override
    public void stochasticGradient(double[] w, RandomGenerator rng, double[] out) {
      long b = (k - 1) / batch - 1;
      if (k > batch && b < sums.length) {
        sums[(int) b] += w[0];
      }
      k++;
      quadratic.stochasticGradient(w, rng, out);
    }
  }
}
