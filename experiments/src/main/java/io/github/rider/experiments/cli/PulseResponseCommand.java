package io.github.rider.experiments.cli;

import io.github.rider.device.pulse.PulseTrace;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.report.Plots;
import io.github.rider.experiments.sweep.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider pulse-response}: programs one nominal device to w0, fires a pulse program one pulse
 * at a time and writes the trace as CSV {@code pulse,direction,weight}. Row k is the weight after
 * pulse k (1-based). Noise is off unless {@code --noise} is given; with noise
 * off the numbers are the exact per-pulse recursion AIHWKit computes for the same parameters.
 */
@Command(name = "pulse-response", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Apply a pulse program to one device and write the weight trace as CSV.")
final class PulseResponseCommand implements Callable<Integer> {

  /** Memory of one trace row (object, fields, list slot) and of its plot coordinates. */
  private static final double BYTES_PER_ROW = 64;

  @Spec CommandSpec spec;

  @Option(names = "--w0", paramLabel = "W", description = "Initial weight (default ${DEFAULT-VALUE}).")
  double w0 = 0;

  @Option(names = "--pulses", paramLabel = "PROGRAM",
      description = "Signed pulse blocks, e.g. +150,-300,+150 (default ${DEFAULT-VALUE}).")
  String pulses = "+150,-300,+150";

  @Option(names = "--noise", description = "Keep the device's cycle-to-cycle and write noise.")
  boolean noise;

  @Option(names = "--seed", paramLabel = "SEED", description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV file (default: standard output).")
  Path out;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Also plot the trace to a PNG.")
  Path plot;

  @Override
  public Integer call() throws IOException {
    DeviceSpec device = DeviceOptions.resolve(spec);
    int[] program = PulseTrace.parseProgram(pulses);
    long total = 0;
    for (int block : program) {
      total += Math.abs((long) block);
    }
    Memory.require(total * BYTES_PER_ROW, "--pulses", pulses);
    Outputs.file(out, "--out");
    Outputs.png(plot, "--plot");
    List<PulseTrace.Row> rows = PulseTrace.run(device, w0, program, seed, noise);
    StringBuilder csv = new StringBuilder("pulse,direction,weight\n");
    long firstNonFinite = 0;
    for (PulseTrace.Row r : rows) {
      csv.append(r.pulse()).append(',').append(r.direction()).append(',').append(r.weight())
          .append('\n');
      if (firstNonFinite == 0 && !Double.isFinite(r.weight())) {
        firstNonFinite = r.pulse();
      }
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(csv);
      w.flush();
    } else {
      JsonFiles.writeAtomically(out, csv.toString());
    }
    if (plot != null) {
      double[] x = new double[rows.size()];
      double[] y = new double[rows.size()];
      for (int k = 0; k < rows.size(); k++) {
        x[k] = rows.get(k).pulse();
        y[k] = rows.get(k).weight();
      }
      Plots.line(plot, "Pulse response: " + device.family() + " (" + pulses + ")",
          "pulse number", "weight", device.family(), x, y);
    }
    if (firstNonFinite > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("rider: diverged: the weight is not finite from pulse " + firstNonFinite);
      err.flush();
      return ExitCodes.DIVERGED;
    }
    return 0;
  }
}
