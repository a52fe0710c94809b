package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.robustness.RobustnessSweep;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rider robustness}: TT-v2, AGAD and E-RIDER versus device-to-device variation. */
@Command(name = "robustness", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Beyond the paper: FCN test accuracy of TT-v2, AGAD and E-RIDER (Table 5 settings, Ref Mean/Std "
        + "0.4/0.4) as the HfO2 preset's device-to-device variation is scaled by 0, 0.5, 1, 2, 4 along "
        + "dw_min_dtod, up_down_dtod and w_max/w_min_dtod (quick: 16,000 mini-batches, 1 replicate; full: "
        + "40,000, 3; paper-steps: 240,000, 3).")
final class RobustnessCommand extends ExperimentCommand {

  @Option(names = "--axes", split = ",", paramLabel = "AXIS",
      description = "d2d axes (default: dw_min_dtod,up_down_dtod,w_bounds_dtod).")
  List<String> axes;

  @Option(names = "--factors", split = ",", paramLabel = "F",
      description = "Factors on the preset's d2d values (default: 0,0.5,1,2,4).")
  List<Double> factors;

  @Mixin Fig5Command.MnistSizes sizes;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    RobustnessSweep.Config c = RobustnessSweep.Config.forScale(scale, data());
    int train = Fig5Command.MnistSizes.or(sizes.trainSize, c.trainSize());
    return List.of(new RobustnessSweep(c.with(axes == null ? c.axes() : axes,
        factors == null ? c.factors() : factors, Fig5Command.MnistSizes.or(sizes.seeds, c.seeds()),
        train, Fig5Command.MnistSizes.or(sizes.testSize, c.testSize()),
        sizes.miniBatches(c.miniBatches(), train, MnistModel.FCN.batch(), data()))));
  }
}
