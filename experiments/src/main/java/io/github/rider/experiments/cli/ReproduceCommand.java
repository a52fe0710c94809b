package io.github.rider.experiments.cli;

import io.github.rider.experiments.Experiments;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code rider reproduce}: every implemented experiment runner (quick by default, {@code --full}
 * for the paper's scale) and the report DIR/report.md. The MNIST runners (fig2, fig4, fig5,
 * table1, table2) are listed in the report as not yet implemented.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the paper's experiments (quick mode by default) and write DIR/report.md.")
final class ReproduceCommand extends ExperimentCommand {

  @Override
  List<Experiment> experiments(Scale scale) {
    return Experiments.all(scale);
  }
}
