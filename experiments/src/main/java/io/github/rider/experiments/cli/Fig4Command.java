package io.github.rider.experiments.cli;

import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.fig4.Fig4TotalPulseCost;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rider fig4}: the paper's Fig. 4 (left), total pulses to a target loss on LeNet-5. */
@Command(name = "fig4", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 4 (left): total pulses (ZS calibration + training) to reach training loss <= 0.2 on LeNet-5 (MNIST), ZS(N) + TT-v2 versus E-RIDER, for several numbers of states.")
final class Fig4Command extends ExperimentCommand {

  @Option(names = "--states", split = ",", paramLabel = "S",
      description = "Numbers of states (default: 100,2000 quick; 100,500,2000 full).")
  List<Double> states;

  @Option(names = "--zs-pulses", split = ",", paramLabel = "N",
      description = "ZS budgets N of the baseline (default: 4000 quick; 1000,4000,16000 full).")
  List<Long> zsPulses;

  @Option(names = "--train-size", paramLabel = "N",
      description = "Training samples (default: 600 quick, 8000 full).")
  Integer trainSize;

  @Option(names = "--test-size", paramLabel = "N", description = "Test samples (default: 500 quick, 2000 full).")
  Integer testSize;

  @Option(names = "--epochs",
      description = "Budget in epochs of the training samples used (instead of --mini-batches).")
  Integer epochs;

  @Option(names = "--mini-batches", paramLabel = "N",
      description = "Budget in mini-batches of 64 (default: 20 quick, i.e. 2 epochs of 600; 5,000 full, 40 epochs of 8,000).")
  Long miniBatches;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Fig4TotalPulseCost.Config c = Fig4TotalPulseCost.Config.forScale(scale);
    int train = Fig5Command.MnistSizes.or(trainSize, c.trainSize());
    return List.of(new Fig4TotalPulseCost(c.withSizes(states == null ? c.states() : states,
        zsPulses == null ? c.zsPulses() : zsPulses, train,
        Fig5Command.MnistSizes.or(testSize, c.testSize()),
        Fig5Command.MnistSizes.length(epochs, miniBatches, c.miniBatches(), train, c.batch(),
            DataSource.DEFAULT))));
  }
}
