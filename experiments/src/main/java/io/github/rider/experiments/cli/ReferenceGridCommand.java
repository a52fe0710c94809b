package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.ReferenceGridExperiment.Grid;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code rider table1} and {@code rider table2}: the Ref Mean x Ref Std grid
 * and the replicates and data sizes; each unset option keeps the table's quick or full default.
 */
abstract class ReferenceGridCommand extends ExperimentCommand {

  @Option(names = "--ref-means", split = ",", paramLabel = "M",
      description = "Ref Mean values (default: the table's quick or full grid; full 0,0.2,0.3,0.4).")
  List<Double> refMeans;

  @Option(names = "--ref-stds", split = ",", paramLabel = "S",
      description = "Ref Std values (default: the table's quick or full grid; full 0.05,0.2,0.3,0.4,0.7,1.0).")
  List<Double> refStds;

  @Mixin Fig5Command.MnistSizes sizes;

  /** Ref Means of the command line, else {@code defaults}'. */
  List<Double> means(Grid defaults) {
    return refMeans == null ? defaults.refMeans() : refMeans;
  }

  /** Ref Stds of the command line, else {@code defaults}'. */
  List<Double> stds(Grid defaults) {
    return refStds == null ? defaults.refStds() : refStds;
  }

  int seeds(Grid defaults) {
    return Fig5Command.MnistSizes.or(sizes.seeds, defaults.seeds());
  }

  int trainSize(Grid defaults) {
    return Fig5Command.MnistSizes.or(sizes.trainSize, defaults.trainSize());
  }

  int testSize(Grid defaults) {
    return Fig5Command.MnistSizes.or(sizes.testSize, defaults.testSize());
  }

  /** The run length of the command line (--mini-batches or --epochs), else {@code defaults}'. */
  long miniBatches(Grid defaults, int batch) {
    return sizes.miniBatches(defaults.miniBatches(), trainSize(defaults), batch, data());
  }
}
