package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.Table2FcnReferenceGrid;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rider table2}: the paper's Table 2, MNIST FCN accuracy over Ref Mean x Ref Std. */
@Command(name = "table2", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Table 2: MNIST FCN test accuracy of TT-v2, AGAD and E-RIDER over Ref Mean x Ref Std.")
final class Table2Command extends ExperimentCommand {

  @Option(names = "--ref-means", split = ",", paramLabel = "M",
      description = "Ref Mean values (default: 0,0.4 quick; 0,0.2,0.3,0.4 full).")
  List<Double> refMeans;

  @Option(names = "--ref-stds", split = ",", paramLabel = "S",
      description = "Ref Std values (default: 0.05,0.4 quick; 0.05,0.2,0.3,0.4,0.7,1.0 full).")
  List<Double> refStds;

  @Mixin Fig5Command.MnistSizes sizes;

  @Override
  List<Experiment> experiments(Scale scale) {
    Table2FcnReferenceGrid.Config c = Table2FcnReferenceGrid.Config.forScale(scale);
    return List.of(new Table2FcnReferenceGrid(c.with(
        refMeans == null ? c.refMeans() : refMeans, refStds == null ? c.refStds() : refStds,
        Fig5Command.MnistSizes.or(sizes.seeds, c.seeds()),
        Fig5Command.MnistSizes.or(sizes.trainSize, c.trainSize()),
        Fig5Command.MnistSizes.or(sizes.testSize, c.testSize()),
        Fig5Command.MnistSizes.or(sizes.epochs, c.epochs()))));
  }
}
