package io.github.rider.experiments.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.report.Plots;
import io.github.rider.experiments.sweep.AbstractExperiment;
import io.github.rider.experiments.sweep.Cell;
import io.github.rider.experiments.sweep.Progress;
import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Scale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Beyond the paper: how TT-v2, AGAD and E-RIDER (Table 5 settings, the FCN, a fixed reference
 * offset) degrade with the devices' device-to-device variation, the open question of the paper's
 * summary (E-RIDER under significant device variability). Each axis scales one group of the HfO2
 * preset's ({@code reram-array-hfo2}) d2d parameters by a factor, from 0 (no variation) to well
 * beyond the preset (factor 1): {@code dw_min_dtod} (the spread of the step size),
 * {@code up_down_dtod} (of the up/down asymmetry), {@code w_max_dtod} with {@code w_min_dtod}
 * (of the bounds). One cell per (axis, factor, method, replicate); replicate s uses the same
 * streams in every cell. No claim of the paper is judged; the summary reports each method's
 * accuracy at the largest factor relative to factor 1, and one plot per axis.
 */
public final class RobustnessSweep
    extends AbstractExperiment<RobustnessSweep.Config, RobustnessSweep.Point> {

  /** Subcommand and folder name. */
  public static final String NAME = "robustness";

  /** The methods compared. */
  public static final List<Algorithm> ALGORITHMS =
      List.of(Algorithm.TTV2, Algorithm.AGAD, Algorithm.ERIDER);

  /**
   * One cell: a method at one factor of one axis, one replicate.
   *
   * @param axis      the d2d axis
   * @param factor    the factor on the preset's values
   * @param algorithm the method
   * @param replicate replicate index
   */
  public record Point(String axis, double factor, Algorithm algorithm, int replicate) {}

  /** The d2d axes: name, and the preset's keys it scales. */
  static final Map<String, List<String>> AXES = axes();

  private static Map<String, List<String>> axes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("dw_min_dtod", List.of("dwMinDtod"));
    m.put("up_down_dtod", List.of("upDownDtod"));
    m.put("w_bounds_dtod", List.of("wMaxDtod", "wMinDtod"));
    return m;
  }

  /**
   * Parameters of the run.
   *
   * @param axes        d2d axes (keys of the axis table: dw_min_dtod, up_down_dtod, w_bounds_dtod)
   * @param factors     factors on the preset's d2d values (each &gt;= 0; 1 is the preset)
   * @param seeds       replicates per cell (&gt;= 1)
   * @param trainSize   training samples
   * @param testSize    test samples
   * @param miniBatches length of every run in mini-batches of 10
   * @param refMean     'Ref Mean' of the devices
   * @param refStd      'Ref Std' of the devices
   * @param preset      device preset
   * @param data        where the images come from
   */
  public record Config(List<String> axes, List<Double> factors, int seeds, int trainSize,
      int testSize, long miniBatches, double refMean, double refStd, String preset,
      DataSource data) {

    public Config {
      axes = List.copyOf(axes);
      factors = List.copyOf(factors);
      if (axes.isEmpty() || !AXES.keySet().containsAll(axes)) {
        throw new IllegalArgumentException("axes must be a non-empty subset of "
            + AXES.keySet() + ", was " + axes);
      }
      if (factors.isEmpty() || factors.stream().anyMatch(f -> !(f >= 0))) {
        throw new IllegalArgumentException("factors must be >= 0, was " + factors);
      }
      if (seeds < 1 || data == null) {
        throw new IllegalArgumentException("seeds must be >= 1 and data set, was " + seeds);
      }
      MnistRun.withDefaults(MnistModel.FCN, Algorithm.ERIDER, preset, refMean, refStd, trainSize,
          testSize, miniBatches);
    }

    /**
     * Quick: 16,000 mini-batches (past E-RIDER's first-layer warm-up of 7,840), 1 replicate;
     * full: 40,000, 3 replicates; paper steps: the paper's 240,000, 3 replicates. All: factors
     * {0, 0.5, 1, 2, 4}, Ref Mean / Ref Std 0.4 / 0.4, the three axes.
     */
    public static Config forScale(Scale scale, DataSource data) {
      List<Double> f = List.of(0.0, 0.5, 1.0, 2.0, 4.0);
      List<String> a = List.copyOf(AXES.keySet());
      return switch (scale) {
        case QUICK -> new Config(a, f, 1, 8000, 2000, 16_000, 0.4, 0.4, PRESET, data);
        case FULL -> new Config(a, f, 3, 8000, 2000, 40_000, 0.4, 0.4, PRESET, data);
        case PAPER_STEPS -> new Config(a, f, 3, 60_000, 10_000, 240_000, 0.4, 0.4, PRESET, data);
      };
    }

    /** This configuration with other axes, factors, replicates, sizes and length. */
    public Config with(List<String> ax, List<Double> fs, int s, int train, int test,
        long batches) {
      return new Config(ax, fs, s, train, test, batches, refMean, refStd, preset, data);
    }

    /** The preset with this run's reference offset and {@code axis}'s d2d values times f. */
    DeviceSpec device(String axis, double f) {
      ObjectNode tree = DeviceSpecJson.toTree(
          MnistRun.presetWithReference(preset, refMean, refStd));
      for (String key : AXES.get(axis)) {
        tree.put(key, f * tree.get(key).asDouble());
      }
      return DeviceSpecJson.fromTree(tree);
    }
  }

  private static final String PRESET = "reram-array-hfo2";

  public RobustnessSweep(Config config) {
    super(NAME, "Beyond the paper: FCN test accuracy of TT-v2, AGAD and E-RIDER versus "
        + "device-to-device variation", config);
  }

  @Override
  public List<Cell<Point>> cells() {
    List<Cell<Point>> cells = new ArrayList<>();
    for (String axis : config.axes()) {
      for (double f : config.factors()) {
        for (Algorithm alg : ALGORITHMS) {
          for (int s = 0; s < config.seeds(); s++) {
            cells.add(new Cell<>(axis + "-x" + f + "-" + alg.cliName() + "-seed=" + s,
                new Point(axis, f, alg, s)));
          }
        }
      }
    }
    return cells;
  }

  @Override
  public List<Row> run(Cell<Point> cell, RandomStreams streams,
      Parallelism parallelism, Progress.Task progress) {
    String axis = cell.params().axis();
    double f = cell.params().factor();
    Algorithm alg = cell.params().algorithm();
    int s = cell.params().replicate();
    MnistRun run = MnistRun.withDefaults(MnistModel.FCN, alg, config.preset(), config.refMean(),
        config.refStd(), config.trainSize(), config.testSize(), config.miniBatches());
    MnistRun.Result r = run.train(config.data().data(),
        streams.child(NAME).child("replicate", s), config.device(axis, f), parallelism);
    progress.stepBy(1);
    return List.of(new Row().put("axis", axis).put("factor", f).put("algorithm", alg.cliName())
        .put("replicate", s).put("testAccuracy", r.report().testAccuracy())
        .put("diverged", r.report().diverged())
        .put("slowTilePulses", r.tiles().stream().mapToLong(t -> t.slowTilePulses()).sum())
        .put("chopperFlips", r.tiles().stream().mapToLong(t -> t.chopperFlips()).sum())
        .put("miniBatches", run.miniBatches()));
  }

  @Override
  public Outcome summarise(List<Row> rows, Path dir) throws IOException {
    List<String> plots = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (String axis : config.axes()) {
      List<Plots.Series> series = new ArrayList<>();
      for (Algorithm a : ALGORITHMS) {
        String alg = a.cliName();
        Map<Double, List<Double>> byFactor = new TreeMap<>();
        rows.stream().filter(r -> r.text("axis").equals(axis) && r.text("algorithm").equals(alg))
            .forEach(r -> byFactor.computeIfAbsent(r.number("factor"), k -> new ArrayList<>())
                .add(r.number("testAccuracy")));
        double[] x = byFactor.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = byFactor.values().stream().mapToDouble(xs -> xs.stream()
            .mapToDouble(Double::doubleValue).average().orElse(Double.NaN)).toArray();
        series.add(new Plots.Series(alg, x, y));
        Map<String, Double> means = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
          means.put(String.format(Locale.ROOT, "x%s", x[i]), y[i]);
        }
        summary.put(axis + "." + alg, means);
      }
      plots.addAll(Plots.xy(dir, "accuracy-vs-" + axis.replace('_', '-'), "FCN test accuracy "
          + "versus " + axis + " (factor on the HfO2 preset's value; " + config.miniBatches()
          + " mini-batches, Ref Mean/Std " + config.refMean() + "/" + config.refStd() + ")",
          "factor on the preset's " + axis, "mean test accuracy", false, false, series));
    }
    return new Outcome(List.of(), plots, summary);
  }
}
