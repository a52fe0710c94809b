package io.github.rider.experiments.cli;

import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.fig2.Fig2ZsEstimatedReferences;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rider fig2}: the paper's Fig. 2, TT-v1 on LeNet-5 with ZS-estimated references. */
@Command(name = "fig2", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 2: TT-v1 training loss on LeNet-5 (MNIST, the bundled subset) with the ground-truth SP versus SPs "
        + "estimated by zero-shifting with N pulses (quick: 150 mini-batches of 8 on 600 samples, 2 replicates; full "
        + "and paper-steps: 20,000 on 8,000, 3).")
final class Fig2Command extends ExperimentCommand {

  @Option(names = "--pulses", split = ",", paramLabel = "N",
      description = "ZS budgets N besides the ground truth (default: 500,4000 quick; 500,1000,2000,4000,8000 full).")
  List<Long> pulses;

  @Mixin Fig5Command.MnistSizes sizes;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Fig2ZsEstimatedReferences.Config c = Fig2ZsEstimatedReferences.Config.forScale(scale);
    int train = Fig5Command.MnistSizes.or(sizes.trainSize, c.trainSize());
    return List.of(new Fig2ZsEstimatedReferences(c.withSizes(
        pulses == null ? c.pulses() : pulses,
        Fig5Command.MnistSizes.or(sizes.seeds, c.seeds()), train,
        Fig5Command.MnistSizes.or(sizes.testSize, c.testSize()),
        sizes.miniBatches(c.miniBatches(), train, c.batch(), DataSource.DEFAULT))));
  }
}
