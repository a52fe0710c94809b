package io.github.rider.experiments.cli;

import io.github.rider.device.pulse.PulseTrace;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.report.Plots;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    List<PulseTrace.Row> rows =
        PulseTrace.run(device, w0, PulseTrace.parseProgram(pulses), seed, noise);
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      write(w, rows);
      w.flush();
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(w, rows);
      }
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
    return 0;
  }

  private static void write(Writer w, List<PulseTrace.Row> rows) throws IOException {
    w.write("pulse,direction,weight\n");
    for (PulseTrace.Row r : rows) {
      w.write(r.pulse() + "," + r.direction() + "," + r.weight() + "\n");
    }
  }
}
