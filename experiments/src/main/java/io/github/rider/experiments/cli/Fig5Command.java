package io.github.rider.experiments.cli;

import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.mnist.Fig5ChopperProbability;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rider fig5}: the paper's Fig. 5, E-RIDER accuracy on the MNIST FCN versus p. */
@Command(name = "fig5", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 5: E-RIDER test accuracy on the MNIST FCN versus the chopper probability p (p = 0: RIDER; "
        + "quick and full: 3 replicates, 40,000 mini-batches of 10 on 8,000 samples; paper-steps: 300,000 on up to 60,000).")
final class Fig5Command extends ExperimentCommand {

  @Option(names = "--p", split = ",", paramLabel = "P",
      description = "Chopper probabilities (default: 0,0.01,0.05,0.2).")
  List<Double> chopProbs;

  @Mixin MnistSizes sizes;

  /** Replicates and data sizes of the MNIST runners (fig5, table1, table2); null: the default. */
  static final class MnistSizes {
    @Option(names = "--seeds", description = "Replicates per cell (default: see the command).")
    Integer seeds;

    @Option(names = "--train-size", paramLabel = "N",
        description = "Training samples (default: the command's quick or full setting, see its description).")
    Integer trainSize;

    @Option(names = "--test-size", paramLabel = "N", description = "Test samples (default: the command's setting).")
    Integer testSize;

    @Option(names = "--epochs",
        description = "Run length in epochs of the training samples used (instead of --mini-batches).")
    Integer epochs;

    @Option(names = "--mini-batches", paramLabel = "N",
        description = "Run length in mini-batches (default: the command's scale setting).")
    Long miniBatches;

    static int or(Integer value, int fallback) {
      return value == null ? fallback : value;
    }

    /**
     * The run length: --mini-batches, or --epochs of the training samples used (trainSize, at
     * most the data set's), or {@code fallback}.
     */
    long miniBatches(long fallback, int trainSize, int batch, DataSource data) {
      return length(epochs, miniBatches, fallback, trainSize, batch, data);
    }

    /** As {@link #miniBatches(long, int, int, DataSource)} for the options given. */
    static long length(Integer epochs, Long miniBatches, long fallback, int trainSize, int batch,
        DataSource data) {
      if (epochs != null && miniBatches != null) {
        throw new UsageError("give --epochs or --mini-batches, not both");
      }
      if (miniBatches != null) {
        return miniBatches;
      }
      if (epochs == null) {
        return fallback;
      }
      if (epochs < 1) {
        throw new UsageError("--epochs must be >= 1, was " + epochs);
      }
      data.checkAvailable();
      return MnistRun.miniBatches(epochs, Math.min(trainSize, data.data().train().count()), batch);
    }
  }

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Fig5ChopperProbability.Config c = Fig5ChopperProbability.Config.forScale(scale, data());
    int train = MnistSizes.or(sizes.trainSize, c.trainSize());
    return List.of(new Fig5ChopperProbability(c.withSizes(
        chopProbs == null ? c.chopProbs() : chopProbs, MnistSizes.or(sizes.seeds, c.seeds()),
        train, MnistSizes.or(sizes.testSize, c.testSize()),
        sizes.miniBatches(c.miniBatches(), train, MnistModel.FCN.batch(), data()))));
  }
}
