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

  /**
   * Memory of one simulated device: its state, bounds, step records and drawn parameters (about
   * 30 doubles), for the estimate that refuses impossible sizes up front.
   */
  private static final double BYTES_PER_DEVICE = 256;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    if (size != null) {
      Memory.require((double) size * size * BYTES_PER_DEVICE, "--size", size);
    }
    Fig1aZsAccuracy.Config c = Fig1aZsAccuracy.Config.forScale(scale);
    return List.of(new Fig1aZsAccuracy(size == null ? c : c.withSize(size)));
  }
}
