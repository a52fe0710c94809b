package io.github.rider.experiments.cli;

import io.github.rider.experiments.Experiments;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code rider reproduce}: every implemented experiment runner (quick by default, {@code --full}
 * for the paper's scale) and the report DIR/report.md. Runners not implemented yet
 * ({@code Experiments.NOT_YET_IMPLEMENTED}) are listed in the report as such.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the paper's experiments and write DIR/report.md (by default the quick scale, which decides the FCN claims of Table 2 and Fig. 5 in about half an hour on two cores).")
final class ReproduceCommand extends ExperimentCommand {

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    return Experiments.all(scale, data());
  }
}
