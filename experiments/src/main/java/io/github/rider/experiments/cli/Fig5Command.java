package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.Fig5ChopperProbability;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rider fig5}: the paper's Fig. 5, E-RIDER accuracy on the MNIST FCN versus p. */
@Command(name = "fig5", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 5: E-RIDER test accuracy on the MNIST FCN versus the chopper probability p (p = 0: RIDER; "
        + "quick: 2 replicates, 2000 samples x 3 epochs; full: 3 replicates, 8000 x 50 epochs).")
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

    @Option(names = "--epochs", description = "Epochs (default: the command's quick or full setting).")
    Integer epochs;

    static int or(Integer value, int fallback) {
      return value == null ? fallback : value;
    }
  }

  @Override
  List<Experiment> experiments(Scale scale) {
    Fig5ChopperProbability.Config c = Fig5ChopperProbability.Config.forScale(scale);
    return List.of(new Fig5ChopperProbability(c.withSizes(
        chopProbs == null ? c.chopProbs() : chopProbs, MnistSizes.or(sizes.seeds, c.seeds()),
        MnistSizes.or(sizes.trainSize, c.trainSize()), MnistSizes.or(sizes.testSize, c.testSize()),
        MnistSizes.or(sizes.epochs, c.epochs()))));
  }
}
