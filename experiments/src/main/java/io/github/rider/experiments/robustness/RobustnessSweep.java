package io.github.rider.experiments.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.mnist.MnistRows;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.report.Plots;
import io.github.rider.experiments.stats.Summary;
import io.github.rider.experiments.sweep.AbstractExperiment;
import io.github.rider.experiments.sweep.Cell;
import io.github.rider.experiments.sweep.JsonFiles;
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
 * offset) degrade with the devices' device-to-device variation and with the non-linearity of
 * their response, the open question of the paper's summary (E-RIDER under significant device
 * variability or non-linearity). Two kinds of axis, both on the HfO2 preset ({@code
 * reram-array-hfo2}, soft-bounds) with the run's reference offset:
 *
 * <ul>
 *   <li>a <b>d2d axis</b> scales one group of the preset's d2d parameters by a factor, from 0 (no
 *       variation) to well beyond the preset (factor 1): {@code dw_min_dtod} (the spread of the
 *       step size), {@code up_down_dtod} (of the up/down asymmetry), {@code w_max_dtod} with
 *       {@code w_min_dtod} (of the bounds);
 *   <li>a <b>family axis</b> replaces the response by another family with shape parameter
 *       gamma, the preset's d2d variation and number of states unchanged ({@link
 *       ResponseFamily}): soft-bounds (the anchor), linear-step, exp-step, pow-step.
 * </ul>
 *
 * <p>One cell per (axis, value, method, replicate); replicate s uses the same streams in every
 * cell. No claim of the paper is judged. The summary gives each method's mean accuracy per point;
 * the plots are one curve per axis, and heat maps of mean accuracy (method x family point, method
 * x d2d point); a markdown table lists every point.
 */
public final class RobustnessSweep
    extends AbstractExperiment<RobustnessSweep.Config, RobustnessSweep.Point> {

  /** Subcommand and folder name. */
  public static final String NAME = "robustness";

  /** The methods compared. */
  public static final List<Algorithm> ALGORITHMS =
      List.of(Algorithm.TTV2, Algorithm.AGAD, Algorithm.ERIDER);

  /** The table of every point, markdown, in the experiment folder (inlined in the report). */
  public static final String TABLE_FILE = "accuracy-table.md";

  /**
   * One cell: a method at one point of one axis, one replicate.
   *
   * @param axis      a d2d axis ({@code dw_min_dtod}, ...) or a response family's label
   * @param value     the factor on the preset's d2d values, or the family's gamma
   * @param algorithm the method
   * @param replicate replicate index
   */
  public record Point(String axis, double value, Algorithm algorithm, int replicate) {}

  /**
   * A point of the family axis.
   *
   * @param family the response family
   * @param gamma  its shape parameter (1 for soft-bounds)
   */
  public record FamilyPoint(ResponseFamily family, double gamma) {
    public FamilyPoint {
      if (family == null) {
        throw new IllegalArgumentException("family must not be null");
      }
      family.requireShape(gamma);
    }

    /** "soft-bounds" or "linear-step gamma=0.25". */
    public String describe() {
      return family.describe(gamma);
    }

    /** The default points of {@code families} at {@code scale} ({@link ResponseFamily#shapes}). */
    public static List<FamilyPoint> defaults(List<ResponseFamily> families, Scale scale) {
      List<FamilyPoint> out = new ArrayList<>();
      for (ResponseFamily f : families) {
        f.shapes(scale.full()).forEach(g -> out.add(new FamilyPoint(f, g)));
      }
      return out;
    }
  }

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
   * @param families    points of the family axis (at least one axis or family point in all)
   * @param seeds       replicates per cell (&gt;= 1)
   * @param trainSize   training samples
   * @param testSize    test samples
   * @param miniBatches length of every run in mini-batches of 10
   * @param refMean     'Ref Mean' of the devices
   * @param refStd      'Ref Std' of the devices
   * @param preset      device preset (a soft-bounds preset with a reference)
   * @param data        where the images come from
   */
  public record Config(List<String> axes, List<Double> factors, List<FamilyPoint> families,
      int seeds, int trainSize, int testSize, long miniBatches, double refMean, double refStd,
      String preset, DataSource data) {

    public Config {
      axes = List.copyOf(axes);
      factors = List.copyOf(factors);
      families = List.copyOf(families);
      if (!AXES.keySet().containsAll(axes)) {
        throw new IllegalArgumentException("axes must be a subset of " + AXES.keySet()
            + ", was " + axes);
      }
      if (!axes.isEmpty() && (factors.isEmpty() || factors.stream().anyMatch(f -> !(f >= 0)))) {
        throw new IllegalArgumentException("factors must be >= 0, was " + factors);
      }
      if (axes.isEmpty() && families.isEmpty()) {
        throw new IllegalArgumentException("give at least one d2d axis or family point");
      }
      if (families.stream().distinct().count() < families.size()) {
        throw new IllegalArgumentException("family points must be distinct, were "
            + families.stream().map(FamilyPoint::describe).toList());
      }
      if (seeds < 1 || data == null) {
        throw new IllegalArgumentException("seeds must be >= 1 and data set, was " + seeds);
      }
      MnistRun.withDefaults(MnistModel.FCN, Algorithm.ERIDER, preset, refMean, refStd, trainSize,
          testSize, miniBatches);
      for (FamilyPoint p : families) {
        p.family().device(presetDevice(preset, refMean, refStd), p.gamma()); // Definition 2.1
      }
    }

    /**
     * Quick: 16,000 mini-batches (past E-RIDER's first-layer warm-up of 7,840), 1 replicate;
     * full: 40,000, 3 replicates; paper steps: the paper's 240,000, 3 replicates. All: the three
     * d2d axes at factors {0, 0.5, 1, 2, 4}, every response family at its quick or full gammas
     * ({@link ResponseFamily#shapes}), Ref Mean / Ref Std 0.4 / 0.4.
     */
    public static Config forScale(Scale scale, DataSource data) {
      List<Double> f = List.of(0.0, 0.5, 1.0, 2.0, 4.0);
      List<String> a = List.copyOf(AXES.keySet());
      List<FamilyPoint> fam = FamilyPoint.defaults(List.of(ResponseFamily.values()), scale);
      return switch (scale) {
        case QUICK -> new Config(a, f, fam, 1, 8000, 2000, 16_000, 0.4, 0.4, PRESET, data);
        case FULL -> new Config(a, f, fam, 3, 8000, 2000, 40_000, 0.4, 0.4, PRESET, data);
        case PAPER_STEPS -> new Config(a, f, fam, 3, 60_000, 10_000, 240_000, 0.4, 0.4, PRESET,
            data);
      };
    }

    /** This configuration with other axes, factors, family points, replicates, sizes, length. */
    public Config with(List<String> ax, List<Double> fs, List<FamilyPoint> fam, int s, int train,
        int test, long batches) {
      return new Config(ax, fs, fam, s, train, test, batches, refMean, refStd, preset, data);
    }

    /**
     * The devices of a point: for a d2d axis the preset with this run's reference offset and the
     * axis's d2d values times {@code value}; for a family, that family with gamma {@code value}.
     */
    DeviceSpec device(String axis, double value) {
      DeviceSpec base = presetDevice(preset, refMean, refStd);
      if (!AXES.containsKey(axis)) {
        return ResponseFamily.of(axis).device(base, value);
      }
      ObjectNode tree = DeviceSpecJson.toTree(base);
      for (String key : AXES.get(axis)) {
        tree.put(key, value * tree.get(key).asDouble());
      }
      return DeviceSpecJson.fromTree(tree);
    }

    private static DeviceSpec presetDevice(String preset, double refMean, double refStd) {
      return MnistRun.presetWithReference(preset, refMean, refStd);
    }
  }

  private static final String PRESET = "reram-array-hfo2";

  public RobustnessSweep(Config config) {
    super(NAME, "Beyond the paper: FCN test accuracy of TT-v2, AGAD and E-RIDER versus "
        + "device-to-device variation and response family", config);
  }

  @Override
  public List<Cell<Point>> cells() {
    List<Cell<Point>> cells = new ArrayList<>();
    for (String axis : config.axes()) {
      for (double f : config.factors()) {
        add(cells, axis + "-x" + f, new Point(axis, f, null, 0));
      }
    }
    for (FamilyPoint p : config.families()) {
      String id = p.family().label() + (p.family() == ResponseFamily.SOFT_BOUNDS ? ""
          : "-gamma=" + p.gamma());
      add(cells, id, new Point(p.family().label(), p.gamma(), null, 0));
    }
    return cells;
  }

  /** The cells of every method and replicate at {@code point}. */
  private void add(List<Cell<Point>> cells, String id, Point point) {
    for (Algorithm alg : ALGORITHMS) {
      for (int s = 0; s < config.seeds(); s++) {
        cells.add(new Cell<>(id + "-" + alg.cliName() + "-seed=" + s,
            new Point(point.axis(), point.value(), alg, s)));
      }
    }
  }

  @Override
  public List<Row> run(Cell<Point> cell, RandomStreams streams, Parallelism parallelism,
      Progress.Task progress) {
    Point p = cell.params();
    MnistRun run = MnistRun.withDefaults(MnistModel.FCN, p.algorithm(), config.preset(),
        config.refMean(), config.refStd(), config.trainSize(), config.testSize(),
        config.miniBatches());
    MnistRun.Result r = run.train(config.data().data(),
        streams.child(NAME).child("replicate", p.replicate()), config.device(p.axis(), p.value()),
        parallelism);
    progress.stepBy(1);
    return List.of(MnistRows.counters(new Row().put("axis", p.axis()).put("value", p.value())
        .put("algorithm", p.algorithm().cliName()).put("replicate", p.replicate())
        .put("testAccuracy", r.report().testAccuracy()).put("diverged", r.report().diverged()),
        run.miniBatches(), r.report().diverged(), r.tiles()));
  }

  /** Mean test accuracy per method (in {@link #ALGORITHMS}' order) and value of {@code axis}. */
  private static Map<Algorithm, TreeMap<Double, Double>> means(List<Row> rows, String axis) {
    Map<Algorithm, TreeMap<Double, Double>> out = new LinkedHashMap<>();
    for (Algorithm a : ALGORITHMS) {
      Map<Double, List<Double>> byValue = new TreeMap<>();
      rows.stream().filter(r -> r.text("axis").equals(axis)
              && r.text("algorithm").equals(a.cliName()))
          .forEach(r -> byValue.computeIfAbsent(r.number("value"), k -> new ArrayList<>())
              .add(r.number("testAccuracy")));
      TreeMap<Double, Double> m = new TreeMap<>();
      byValue.forEach((v, xs) -> m.put(v, Summary.mean(xs)));
      out.put(a, m);
    }
    return out;
  }

  @Override
  public Outcome summarise(List<Row> rows, Path dir) throws IOException {
    List<String> outputs = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    String run = config.miniBatches() + " mini-batches, Ref Mean/Std " + config.refMean() + "/"
        + config.refStd();
    for (String axis : config.axes()) {
      Map<Algorithm, TreeMap<Double, Double>> m = means(rows, axis);
      m.forEach((a, byFactor) -> summary.put(axis + "." + a.cliName(), keyed(byFactor, "x")));
      outputs.addAll(Plots.xy(dir, "accuracy-vs-" + axis.replace('_', '-'), "FCN test accuracy "
          + "versus " + axis + " (factor on the HfO2 preset's value; " + run + ")",
          "factor on the preset's " + axis, "mean test accuracy", false, false, series(m, null)));
    }
    List<ResponseFamily> families = config.families().stream().map(FamilyPoint::family)
        .distinct().toList();
    Map<Algorithm, TreeMap<Double, Double>> anchor =
        means(rows, ResponseFamily.SOFT_BOUNDS.label());
    for (ResponseFamily f : families) {
      Map<Algorithm, TreeMap<Double, Double>> m = means(rows, f.label());
      m.forEach((a, byGamma) -> summary.put(f.label() + "." + a.cliName(),
          keyed(byGamma, "gamma=")));
      if (f != ResponseFamily.SOFT_BOUNDS) {
        outputs.addAll(Plots.xy(dir, "accuracy-vs-" + f.label() + "-gamma", "FCN test accuracy "
            + "versus the " + f.label() + " shape gamma (" + run + "; soft-bounds drawn at gamma "
            + ResponseFamily.trim(f.softBoundsShape()) + ")", f.label() + " gamma",
            "mean test accuracy", false, false, series(m, anchor.isEmpty() ? null
                : withAnchor(anchor, f.softBoundsShape()))));
      }
    }
    outputs.addAll(heatMaps(rows, dir, run));
    JsonFiles.writeAtomically(dir.resolve(TABLE_FILE), table(rows));
    outputs.add(TABLE_FILE);
    return new Outcome(List.of(), outputs, summary);
  }

  /** {value: mean} as {"x2.0": mean} or {"gamma=2.0": mean}. */
  private static Map<String, Double> keyed(Map<Double, Double> byValue, String prefix) {
    Map<String, Double> out = new LinkedHashMap<>();
    byValue.forEach((v, y) -> out.put(String.format(Locale.ROOT, "%s%s", prefix, v), y));
    return out;
  }

  /** The soft-bounds anchor's means moved to {@code gamma} (its place on a family's curve). */
  private static Map<Algorithm, TreeMap<Double, Double>> withAnchor(
      Map<Algorithm, TreeMap<Double, Double>> anchor, double gamma) {
    Map<Algorithm, TreeMap<Double, Double>> out = new LinkedHashMap<>();
    anchor.forEach((a, m) -> {
      TreeMap<Double, Double> t = new TreeMap<>();
      m.values().forEach(y -> t.put(gamma, y));
      out.put(a, t);
    });
    return out;
  }

  /** One series per method; with {@code anchor}, its points joined to the method's curve. */
  private static List<Plots.Series> series(Map<Algorithm, TreeMap<Double, Double>> m,
      Map<Algorithm, TreeMap<Double, Double>> anchor) {
    List<Plots.Series> out = new ArrayList<>();
    m.forEach((a, byValue) -> {
      TreeMap<Double, Double> all = new TreeMap<>(byValue);
      if (anchor != null) { // a family's own point at the anchor's gamma wins
        anchor.get(a).forEach(all::putIfAbsent);
      }
      out.add(new Plots.Series(a.cliName(), all.keySet().stream().mapToDouble(Double::doubleValue)
          .toArray(), all.values().stream().mapToDouble(Double::doubleValue).toArray()));
    });
    return out;
  }

  /** A point of an axis with its label in tables and heat maps ("dw_min_dtod x2"). */
  private record AxisPoint(String axis, double value, String label) {
    boolean d2d() {
      return AXES.containsKey(axis);
    }

    /** The rows of {@code a} at this point. */
    List<Row> rows(List<Row> all, Algorithm a) {
      return all.stream().filter(r -> r.text("axis").equals(axis) && r.number("value") == value
          && r.text("algorithm").equals(a.cliName())).toList();
    }

    List<Double> accuracies(List<Row> all, Algorithm a) {
      return rows(all, a).stream().map(r -> r.number("testAccuracy")).toList();
    }
  }

  /** The points of the run in order: the d2d axes, then the family points. */
  private List<AxisPoint> points() {
    List<AxisPoint> out = new ArrayList<>();
    for (String axis : config.axes()) {
      for (double f : config.factors()) {
        out.add(new AxisPoint(axis, f, axis + " x" + ResponseFamily.trim(f)));
      }
    }
    for (FamilyPoint p : config.families()) {
      out.add(new AxisPoint(p.family().label(), p.gamma(), p.describe()));
    }
    return out;
  }

  /** Heat maps of mean test accuracy (%), method x point: one of the family axis, one of d2d. */
  private List<String> heatMaps(List<Row> rows, Path dir, String run) throws IOException {
    List<String> out = new ArrayList<>();
    List<AxisPoint> family = points().stream().filter(p -> !p.d2d()).toList();
    List<AxisPoint> d2d = points().stream().filter(AxisPoint::d2d).toList();
    if (!family.isEmpty()) {
      out.addAll(heatMap(rows, dir, "heatmap-response-family", "FCN mean test accuracy (%) by "
          + "response family and shape gamma (" + run + ")", "response family and gamma",
          family));
    }
    if (!d2d.isEmpty()) {
      out.addAll(heatMap(rows, dir, "heatmap-d2d", "FCN mean test accuracy (%) by d2d axis and "
          + "factor on the HfO2 preset's value (" + run + ")", "d2d axis and factor", d2d));
    }
    return out;
  }

  private static List<String> heatMap(List<Row> rows, Path dir, String base, String title,
      String xLabel, List<AxisPoint> points) throws IOException {
    double[][] z = new double[ALGORITHMS.size()][points.size()];
    for (int i = 0; i < ALGORITHMS.size(); i++) {
      for (int j = 0; j < points.size(); j++) {
        List<Double> xs = points.get(j).accuracies(rows, ALGORITHMS.get(i));
        z[i][j] = xs.isEmpty() ? Double.NaN : 100 * Summary.mean(xs);
      }
    }
    return Plots.heatMap(dir, base, title, xLabel, "method",
        points.stream().map(AxisPoint::label).toList(),
        ALGORITHMS.stream().map(Algorithm::title).toList(), z);
  }

  /**
   * Every point: mean test accuracy (%) of each method, ± std over replicates (n - 1) when
   * there are several, and how many of its runs diverged.
   */
  String table(List<Row> rows) {
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "FCN test accuracy (%%), "
        + "mean%s over %d replicate(s) of %,d mini-batches, Ref Mean/Std %s/%s, %s. d2d rows: "
        + "the HfO2 preset's d2d values of that axis times the factor; family rows: the preset's "
        + "d2d variation and number of states with another response shape.%n%n",
        config.seeds() > 1 ? "±std" : "", config.seeds(), config.miniBatches(),
        config.refMean(), config.refStd(), config.data().describe()));
    md.append("| Devices |");
    ALGORITHMS.forEach(a -> md.append(' ').append(a.title()).append(" |"));
    md.append("\n|---|").append("---|".repeat(ALGORITHMS.size())).append('\n');
    for (AxisPoint p : points()) {
      md.append("| ").append(p.label()).append(" |");
      for (Algorithm a : ALGORITHMS) {
        List<Double> xs = p.accuracies(rows, a);
        long diverged = p.rows(rows, a).stream()
            .filter(r -> Boolean.parseBoolean(r.text("diverged"))).count();
        md.append(' ').append(xs.isEmpty() ? "-" : xs.size() < 2
            ? String.format(Locale.ROOT, "%.2f", 100 * Summary.mean(xs))
            : String.format(Locale.ROOT, "%.2f±%.1f", 100 * Summary.mean(xs),
                100 * Summary.std(xs)))
            .append(diverged > 0 ? " (" + diverged + " diverged)" : "").append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
