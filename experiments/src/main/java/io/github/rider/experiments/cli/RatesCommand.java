package io.github.rider.experiments.cli;

import io.github.rider.experiments.rates.RatesRunner;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rider rates}: Theorem 3.7 and Corollary 3.9 on synthetic problems. */
@Command(name = "rates", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Theorem 3.7 / Corollary 3.9: E_K vs K, floor vs dw_min, pulses to accuracy.")
final class RatesCommand extends ExperimentCommand {

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    return List.of(new RatesRunner(RatesRunner.Config.forScale(scale)));
  }
}
