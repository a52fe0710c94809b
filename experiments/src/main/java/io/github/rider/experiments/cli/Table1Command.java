package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.Table1LeNet5ReferenceGrid;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rider table1}: the paper's Table 1, MNIST LeNet-5 accuracy over Ref Mean x Ref Std. */
@Command(name = "table1", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Table 1: MNIST LeNet-5 test accuracy of TT-v2, AGAD and E-RIDER over Ref Mean x Ref Std "
        + "(quick: Ref Mean 0.4 x Ref Std 0.4, 1 replicate, 1000 samples x 2 epochs, a pipeline check; "
        + "full: the whole grid, 3 replicates, 8000 x 40 epochs; paper-steps: 300,000 mini-batches of 8 on up to 60,000 samples).")
final class Table1Command extends ReferenceGridCommand {

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Table1LeNet5ReferenceGrid.Config c = Table1LeNet5ReferenceGrid.Config.forScale(scale, data());
    return List.of(new Table1LeNet5ReferenceGrid(c.with(means(c), stds(c), seeds(c),
        trainSize(c), testSize(c), miniBatches(c, MnistModel.LENET5.batch()))));
  }
}
