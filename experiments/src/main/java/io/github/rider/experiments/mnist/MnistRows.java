package io.github.rider.experiments.mnist;

import io.github.rider.algorithms.nn.EpochResult;
import io.github.rider.algorithms.nn.TrainingReport;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.Progress;
import io.github.rider.experiments.sweep.Row;
import java.util.List;
import java.util.Map;

/** Result rows shared by the MNIST runners. */
public final class MnistRows {
  private MnistRows() {}

  /** Keys of a sorted map as an array (plot x values). */
  static double[] keys(Map<Double, Double> m) {
    return m.keySet().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Values of a sorted map as an array (plot y values). */
  static double[] values(Map<Double, Double> m) {
    return m.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Trains {@code run} as replicate {@code s} of experiment {@code name}
   * (streams {@code name/replicate/s}, the same in every cell: common random numbers) on
   * {@code data}; returns its row: final numbers, replicate, sizes and the run's counters
   * ({@link #counters}).
   */
  static Row train(MnistRun run, DataSource data, String name, int s, RandomStreams streams,
      Parallelism parallelism, Progress.Task progress) {
    MnistRun.Result r = run.train(data.data(), streams.child(name).child("replicate", s),
        parallelism);
    progress.stepBy(1);
    return counters(of(r.report()).put("replicate", s).put("epochs", r.report().epochs().size())
        .put("trainSize", r.trainSize()).put("testSize", r.testSize()), run, r);
  }

  /**
   * Adds a run's counters to {@code row}: {@code miniBatches} (the run's length; NaN when it
   * diverged and stopped early),
   * {@code transfers}, {@code chopperFlips} and {@code slowTilePulses} summed over the matrices,
   * and per matrix M {@code M.sweeps}, {@code M.chopperFlips} and {@code M.slowTilePulses} (M as
   * named in the network with ';' for ',', e.g. "fc1[0;1]", the second tile of fc1).
   */
  static Row counters(Row row, MnistRun run, MnistRun.Result r) {
    return counters(row, run.miniBatches(), r.report().diverged(), r.tiles());
  }

  /**
   * As {@link #counters(Row, MnistRun, MnistRun.Result)} for a run of {@code miniBatches} that
   * {@code diverged} or not, with the matrices' counters {@code tiles}.
   */
  public static Row counters(Row row, long miniBatches, boolean diverged,
      List<TileCounts> tiles) {
    Object length = diverged ? (Object) Double.NaN : (Object) miniBatches;
    row.put("miniBatches", length)
        .put("transfers", tiles.stream().mapToLong(TileCounts::transfers).sum())
        .put("chopperFlips", tiles.stream().mapToLong(TileCounts::chopperFlips).sum())
        .put("slowTilePulses", tiles.stream().mapToLong(TileCounts::slowTilePulses).sum());
    for (TileCounts t : tiles) {
      String m = t.name().replace(',', ';'); // "fc1[0;1]": no comma in a CSV header
      row.put(m + ".sweeps", t.sweeps()).put(m + ".chopperFlips", t.chopperFlips())
          .put(m + ".slowTilePulses", t.slowTilePulses());
    }
    return row;
  }

  /** A row with a training run's final numbers (test accuracy in [0, 1]). */
  static Row of(TrainingReport r) {
    EpochResult last = r.epochs().get(r.epochs().size() - 1);
    return new Row().put("testAccuracy", r.testAccuracy()).put("trainLoss", last.trainLoss())
        .put("diverged", r.diverged()).put("pulses", r.pulses())
        .put("programmingOps", r.programmingOps());
  }
}
