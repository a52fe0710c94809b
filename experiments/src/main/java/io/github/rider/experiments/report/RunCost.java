package io.github.rider.experiments.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.Experiments;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import java.util.Locale;
import java.util.Optional;

/**
 * What a run of an MNIST-scale experiment (one whose configuration has a run length in
 * mini-batches) at another scale would cost, extrapolated from the CPU time its cells took here:
 * c = (CPU seconds of all cells) / (cells x mini-batches per cell) per mini-batch (training and
 * the per-epoch test evaluation at this run's sizes), times the other scale's cells and
 * mini-batches. A job array of {@value #TASKS} tasks runs one cell per task at a time, so its
 * wall time is ceil(cells / tasks) cells' time.
 *
 * @param command      the command that runs it, e.g. "rider table1 --scale paper-steps"
 * @param cells        its cells (training runs)
 * @param miniBatches  mini-batches per cell
 * @param cpuPerMiniBatch CPU seconds per mini-batch measured here
 */
record RunCost(String command, int cells, long miniBatches, double cpuPerMiniBatch) {

  /** Tasks of the job array the report quotes a wall time for. */
  static final int TASKS = 16;

  /** CPU-hours of the whole run. */
  double cpuHours() {
    return cells * (double) miniBatches * cpuPerMiniBatch / 3600;
  }

  /** Hours of wall time on a {@value #TASKS}-task job array, one cell per task at a time. */
  double arrayHours() {
    return Math.ceil(cells / (double) TASKS) * miniBatches * cpuPerMiniBatch / 3600;
  }

  /** "`rider table1 --scale paper-steps`: 216 runs of 300,000 mini-batches, about ...". */
  String describe() {
    return String.format(Locale.ROOT, "`%s`: %d runs of %,d mini-batches, about %s; about %s of "
        + "wall time on a %d-task job array (at the %.2f ms of CPU per mini-batch measured here, "
        + "training and test evaluation).", command, cells, miniBatches,
        cpuTime(3600 * cpuHours()), duration(3600 * arrayHours()), TASKS, 1000 * cpuPerMiniBatch);
  }

  /**
   * A duration in the unit that keeps it readable: seconds below a minute ("40 s"), whole
   * minutes below an hour ("36 min"), hours with one decimal above ("116.7 h").
   */
  static String duration(double seconds) {
    return scaled(seconds, " s", " min", " h");
  }

  /** CPU time as {@link #duration} does it: "40 CPU-seconds", "36 CPU-minutes", "1.5 CPU-hours". */
  static String cpuTime(double seconds) {
    return scaled(seconds, " CPU-seconds", " CPU-minutes", " CPU-hours");
  }

  private static String scaled(double seconds, String s, String min, String h) {
    if (seconds < 59.5) {
      return String.format(Locale.ROOT, "%.0f%s", seconds, s);
    }
    if (seconds < 3570) { // below 59.5 min, which would print as "60 min"
      return String.format(Locale.ROOT, "%.0f%s", seconds / 60, min);
    }
    return String.format(Locale.ROOT, "%.1f%s", seconds / 3600, h);
  }

  /**
   * The cost of {@code experiment} at {@code scale}, from its results here; empty if its
   * configuration has no run length in mini-batches, the CPU time was not recorded, or this run
   * already was at that scale.
   */
  static Optional<RunCost> of(String experiment, JsonNode results, Scale scale) {
    JsonNode config = results.path("config");
    double cpu = results.path("timing").path("cellCpuSeconds").asDouble(Double.NaN);
    long miniBatches = config.path("miniBatches").asLong(0);
    int cells = results.path("cells").asInt(0);
    if (miniBatches <= 0 || cells <= 0 || !(cpu > 0) || !Experiments.isImplemented(experiment)
        || results.path("scale").asText().equals(scale.label())) {
      return Optional.empty();
    }
    String data = config.path("data").path("name").asText(DataSource.BUNDLED);
    Experiment target = Experiments.create(experiment, scale, new DataSource(data));
    long targetBatches = JsonFiles.tree(target.config()).path("miniBatches").asLong(0);
    if (targetBatches <= 0) {
      return Optional.empty();
    }
    String command = "rider " + experiment + " --scale " + scale.label()
        + (data.equals(DataSource.BUNDLED) ? "" : " --data " + data);
    return Optional.of(new RunCost(command, target.cells().size(), targetBatches,
        cpu / (cells * (double) miniBatches)));
  }
}
