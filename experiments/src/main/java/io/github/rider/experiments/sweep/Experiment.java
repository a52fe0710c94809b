package io.github.rider.experiments.sweep;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One runner of a figure or table of the paper, as a sweep of independent {@link Cell}s. The
 * {@link SweepRunner} drives it: it runs the cells (skipping finished ones on resume, only its
 * slice when sharded), stores each cell's rows atomically, and once every cell is done writes
 * {@code results.csv} and {@code results.json} and calls {@link #summarise} for plots and claims.
 *
 * <p>Adding an experiment (e.g. the MNIST runners fig2, fig4, fig5, table1, table2) is one class
 * implementing this interface, its configuration record, and one line in {@link
 * io.github.rider.experiments.Experiments}.
 *
 * @param <P> the parameters of a cell (a record, or a sealed interface of records)
 */
public interface Experiment<P> {

  /** The subcommand and folder name, e.g. "fig1a". */
  String name();

  /** One-line title for the report. */
  String title();

  /** The configuration (a record of every parameter; serialised into the results). */
  Record config();

  /**
   * The version of this experiment's rows: which columns a cell's rows hold and what they mean.
   * Raise it with every change that adds, drops or redefines a column, so that {@code --resume}
   * refuses the cells stored by the earlier code instead of summarising rows that lack the new
   * columns (a missing column reads as NaN). {@code sweep.json} records it from version 2 on, so
   * that the sweeps stored before it existed read as version 1.
   */
  default int rowsVersion() {
    return 1;
  }

  /** The sweep, in a stable order. */
  List<Cell<P>> cells();

  /** Progress steps of {@code cell} (any unit; used only for progress bars). */
  default long work(Cell<P> cell) {
    return 1;
  }

  /**
   * Computes one cell. Must depend only on the configuration, {@code streams} (rooted at the run's
   * seed; derive children by cell id, never share state across cells) and the cell; {@code
   * parallelism} is how its tiles and arrays split their work over threads (the same result for
   * any; shared by the cells computed at once).
   */
  List<Row> run(Cell<P> cell, RandomStreams streams, Parallelism parallelism,
      Progress.Task progress);

  /**
   * Writes plots into {@code dir} and judges the claims, from all rows of all cells (in cell
   * order, as read back from the stored cells).
   */
  Outcome summarise(List<Row> rows, Path dir) throws IOException;

  /**
   * What {@link #summarise} found.
   *
   * @param claims  our result for each claim of {@link io.github.rider.experiments.PaperClaims}
   *                this experiment checks
   * @param plots   plot files written (names relative to the experiment folder)
   * @param summary derived numbers (fits, intervals) for results.json
   */
  record Outcome(List<ClaimResult> claims, List<String> plots, Map<String, Object> summary) {
    public Outcome {
      claims = List.copyOf(claims);
      plots = List.copyOf(plots);
      summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
    }
  }
}
