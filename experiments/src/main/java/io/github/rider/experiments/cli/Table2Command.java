package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.Table2FcnReferenceGrid;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
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

  @Option(names = "--seeds", description = "Replicates per cell (default: 1 quick, 3 full).")
  Integer seeds;

  @Option(names = "--train-size", paramLabel = "N",
      description = "Training samples (default: 2000 quick, 8000 full).")
  Integer trainSize;

  @Option(names = "--test-size", paramLabel = "N", description = "Test samples (default: 2000).")
  Integer testSize;

  @Option(names = "--epochs", description = "Epochs (default: 3 quick, 50 full).")
  Integer epochs;

  @Override
  List<Experiment> experiments(Scale scale) {
    Table2FcnReferenceGrid.Config c = Table2FcnReferenceGrid.Config.forScale(scale);
    return List.of(new Table2FcnReferenceGrid(c.with(
        refMeans == null ? c.refMeans() : refMeans, refStds == null ? c.refStds() : refStds,
        seeds == null ? c.seeds() : seeds, trainSize == null ? c.trainSize() : trainSize,
        testSize == null ? c.testSize() : testSize, epochs == null ? c.epochs() : epochs)));
  }
}
