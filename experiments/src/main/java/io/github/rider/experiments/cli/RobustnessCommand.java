package io.github.rider.experiments.cli;

import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.robustness.ResponseFamily;
import io.github.rider.experiments.robustness.RobustnessSweep;
import io.github.rider.experiments.robustness.RobustnessSweep.FamilyPoint;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.Scale;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rider robustness}: TT-v2, AGAD and E-RIDER versus device-to-device variation and
 * response family.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Beyond the paper: FCN test accuracy of TT-v2, AGAD and E-RIDER (Table 5 settings, Ref Mean/Std "
        + "0.4/0.4) as the HfO2 preset's device-to-device variation is scaled by 0, 0.5, 1, 2, 4 along "
        + "dw_min_dtod, up_down_dtod and w_max/w_min_dtod, and with the response replaced by linear-step, exp-step "
        + "or pow-step devices of growing shape gamma (soft-bounds, the preset, as anchor); curves, heat maps and "
        + "a table (quick: 16,000 mini-batches, 1 replicate; full: 40,000, 3, more gammas; paper-steps: 240,000, 3).")
final class RobustnessCommand extends ExperimentCommand {

  @Option(names = "--axes", split = ",", paramLabel = "AXIS",
      description = "d2d axes, or 'none' (default: dw_min_dtod,up_down_dtod,w_bounds_dtod).")
  List<String> axes;

  @Option(names = "--factors", split = ",", paramLabel = "F",
      description = "Factors on the preset's d2d values (default: 0,0.5,1,2,4).")
  List<Double> factors;

  @Option(names = "--families", split = ",", paramLabel = "FAMILY[:GAMMA]",
      description = "Response-family points, or 'none': a family name (soft-bounds, linear-step, exp-step, "
          + "pow-step) for its default gammas at the scale, or FAMILY:GAMMA for one (default: every family).")
  List<String> families;

  @Mixin Fig5Command.MnistSizes sizes;

  @Override
  List<Experiment<?>> experiments(Scale scale) {
    RobustnessSweep.Config c = RobustnessSweep.Config.forScale(scale, data());
    int train = Fig5Command.MnistSizes.or(sizes.trainSize, c.trainSize());
    return List.of(new RobustnessSweep(c.with(axes == null ? c.axes() : none(axes) ? List.of() : axes,
        factors == null ? c.factors() : factors,
        families == null ? c.families() : familyPoints(families, scale),
        Fig5Command.MnistSizes.or(sizes.seeds, c.seeds()),
        train, Fig5Command.MnistSizes.or(sizes.testSize, c.testSize()),
        sizes.miniBatches(c.miniBatches(), train, MnistModel.FCN.batch(), data()))));
  }

  private static boolean none(List<String> values) {
    return values.size() == 1 && values.get(0).equals("none");
  }

  /** "linear-step" as its default gammas at {@code scale}, "exp-step:5" as one point. */
  static List<FamilyPoint> familyPoints(List<String> tokens, Scale scale) {
    List<FamilyPoint> out = new ArrayList<>();
    if (none(tokens)) {
      return out;
    }
    for (String t : tokens) {
      int colon = t.indexOf(':');
      try {
        ResponseFamily f = ResponseFamily.of(colon < 0 ? t : t.substring(0, colon));
        if (colon < 0) {
          out.addAll(FamilyPoint.defaults(List.of(f), scale));
        } else {
          out.add(new FamilyPoint(f, Double.parseDouble(t.substring(colon + 1))));
        }
      } catch (IllegalArgumentException e) { // also NumberFormatException
        throw new UsageError("--families: " + e.getMessage());
      }
    }
    return out;
  }
}
