package io.github.rider.experiments.cli;

import io.github.rider.experiments.fig1.Fig1aZsAccuracy;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rider fig1a}: the paper's Fig. 1(a), ZS accuracy versus pulse budget. */
@Command(name = "fig1a", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fig. 1(a): SP estimates of zero-shifting after N pulses (random and cyclic).")
final class Fig1aCommand extends ExperimentCommand {

  @Option(names = "--size", paramLabel = "S",
      description = "Array of S x S devices (default: 128 quick, 512 full, the paper's).")
  Integer size;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    Fig1aZsAccuracy.Config c = Fig1aZsAccuracy.Config.forScale(scale);
    return List.of(new Fig1aZsAccuracy(size == null ? c : c.withSize(size)));
  }
}
