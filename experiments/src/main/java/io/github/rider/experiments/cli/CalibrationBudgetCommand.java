package io.github.rider.experiments.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ResponseConstants;
import io.github.rider.theory.ZsCalibrationBudget;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider calibration-budget}: how many zero-shifting pulses a device needs to estimate its
 * symmetric point to a target accuracy, by Theorem C.2 (random ZS) and Theorem C.4 (cyclic ZS),
 * and the smallest accuracy either can guarantee. The SP is the device's own (physical
 * coordinates, no reference); the constants q_min, q_max, mu_q, L_q are taken on the operating
 * range ({@code --range}, by default the device bounds shrunk by 5 % of their span at each end,
 * where soft-bounded responses are still positive).
 */
@Command(name = "calibration-budget", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Pulses zero-shifting needs to reach a target SP accuracy (Theorems C.2, C.4).")
final class CalibrationBudgetCommand implements Callable<Integer> {

  /** Fraction of the bound span removed at each end for the default operating range. */
  static final double DEFAULT_RANGE_MARGIN = 0.05;

  @Spec CommandSpec spec;

  @Option(names = "--delta", required = true, paramLabel = "DELTA",
      description = "Target E(w_N - w*)^2 of the SP estimate (weight units squared).")
  double delta;

  @Option(names = "--w0", paramLabel = "W", description = "Starting weight (default ${DEFAULT-VALUE}).")
  double w0 = 0;

  @Option(names = "--range", paramLabel = "LO,HI",
      description = "Operating interval for q_min, q_max, mu_q, L_q (default: bounds shrunk 5 %% each side).")
  String range;

  @Option(names = "--json", description = "Print a JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    DeviceSpec device = DeviceOptions.resolve(spec);
    ResponseFunction r = device.nominalResponse();
    double sp = r.symmetricPoint();
    double[] lohi = operatingRange(device, r);
    if (!(lohi[0] <= Math.min(w0, sp) && Math.max(w0, sp) <= lohi[1])) {
      throw new UsageError(String.format(Locale.ROOT,
          "the operating range [%s, %s] must contain w0 = %s and the symmetric point %s; widen --range",
          lohi[0], lohi[1], w0, sp));
    }
    ResponseConstants c = r.constants(lohi[0], lohi[1]);
    ZsCalibrationBudget b =
        ZsCalibrationBudget.compute(new DeviceConstants(device.dwMin(), c), sp, w0, delta);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = Json.MAPPER.valueToTree(b);
      for (String key : new String[] {"minimalDeltaRandom", "minimalDeltaCyclic"}) {
        if (Double.isNaN(node.get(key).asDouble())) {
          node.putNull(key); // theorem not applicable to this device (JSON has no NaN)
        }
      }
      node.put("family", device.family());
      node.put("dwMin", device.dwMin());
      node.put("w0", w0);
      node.put("delta", delta);
      node.putArray("range").add(lohi[0]).add(lohi[1]);
      out.println(Json.MAPPER.writeValueAsString(node));
    } else {
      out.printf(Locale.ROOT, "device               %s (dw_min = %s)%n", device.family(), device.dwMin());
      out.printf(Locale.ROOT, "symmetric point      %.6g%n", b.symmetricPoint());
      out.printf(Locale.ROOT, "operating range      [%.6g, %.6g]%n", lohi[0], lohi[1]);
      out.printf(Locale.ROOT, "q_min, q_max         %.6g, %.6g%n", b.qMin(), b.qMax());
      out.printf(Locale.ROOT, "mu_q, L_q            %.6g, %.6g%n", b.muQ(), b.lQ());
      out.printf(Locale.ROOT, "start w0, e0         %.6g, %.6g%n", w0, (w0 - sp) * (w0 - sp));
      out.printf(Locale.ROOT, "target delta         %.6g%n", delta);
      out.println("random ZS (Thm C.2)  " + verdict(b.notApplicableRandom(),
          b.minimalDeltaRandom(), b.reachableRandom(), b.pulsesRequiredRandom()));
      out.println("cyclic ZS (Thm C.4)  " + verdict(b.notApplicableCyclic(),
          b.minimalDeltaCyclic(), b.reachableCyclic(), b.pulsesRequiredCyclic()));
    }
    out.flush();
    return 0;
  }

  private static String verdict(String notApplicable, double minimalDelta, boolean reachable,
      long pulses) {
    if (notApplicable != null) {
      return "not applicable: " + notApplicable;
    }
    return String.format(Locale.ROOT, "minimal delta %.6g; %s", minimalDelta,
        reachable ? "needs " + pulses + " pulses" : "delta NOT reachable (below the floor)");
  }

  private double[] operatingRange(DeviceSpec device, ResponseFunction r) {
    if (range != null) {
      return DeviceOptions.range("--range", range);
    }
    double lo = Double.isFinite(r.wMin()) ? r.wMin() : device.bounds().wMin();
    double hi = Double.isFinite(r.wMax()) ? r.wMax() : device.bounds().wMax();
    double m = DEFAULT_RANGE_MARGIN * (hi - lo);
    return new double[] {lo + m, hi - m};
  }
}
