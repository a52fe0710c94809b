package io.github.rider.experiments.cli;

import io.github.rider.experiments.fig1.Fig1bPulsesVsDwMin;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rider fig1b}: the paper's Fig. 1(b), ZS pulses needed versus dw_min. */
@Command(name = "fig1b", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 1(b): smallest ZS pulse budget for a relative error of 0.01 versus dw_min.")
final class Fig1bCommand extends ExperimentCommand {

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    return List.of(new Fig1bPulsesVsDwMin(Fig1bPulsesVsDwMin.Config.forScale(scale)));
  }
}
