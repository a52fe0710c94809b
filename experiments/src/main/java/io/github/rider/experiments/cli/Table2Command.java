package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.Table2FcnReferenceGrid;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rider table2}: the paper's Table 2, MNIST FCN accuracy over Ref Mean x Ref Std. */
@Command(name = "table2", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Table 2: MNIST FCN test accuracy of TT-v2, AGAD and E-RIDER over Ref Mean x Ref Std "
        + "(quick: Ref Mean 0,0.4 x Ref Std 0.05,0.4, 3 replicates, 40,000 mini-batches of 10 on 8,000 samples; "
        + "full: the whole grid, the same runs; paper-steps: the whole grid, 240,000 mini-batches on up to 60,000 samples).")
final class Table2Command extends ReferenceGridCommand {

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Table2FcnReferenceGrid.Config c = Table2FcnReferenceGrid.Config.forScale(scale, data());
    return List.of(new Table2FcnReferenceGrid(c.with(means(c), stds(c), seeds(c), trainSize(c),
        testSize(c), miniBatches(c, MnistModel.FCN.batch()))));
  }
}
