package io.github.rider.experiments.mnist;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.PaperClaims.Claim;
import io.github.rider.experiments.report.Plots;
import io.github.rider.experiments.stats.Difference;
import io.github.rider.experiments.stats.Summary;
import io.github.rider.experiments.sweep.AbstractExperiment;
import io.github.rider.experiments.sweep.Cell;
import io.github.rider.experiments.sweep.ClaimResult;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Progress;
import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the paper's Tables 1 (LeNet-5) and 2 (FCN) (arXiv 2602.21321) share: MNIST test
 * accuracy of TT-v2, AGAD and E-RIDER on a device preset over a grid of reference offsets 'Ref
 * Mean' x 'Ref Std' (AIHWKit reference_mean / reference_std), each method with the model's
 * hyperparameter defaults and global learning rate ({@link MnistRun#withDefaults}). One cell per
 * (method, Ref Mean, Ref Std, replicate); replicate s uses the same streams in every cell
 * (common random numbers). The summary aggregates mean ± std per grid cell and method, writes the
 * paper-vs-ours table {@value #TABLE_FILE} (the paper's layout, our mean ± std beside the paper's
 * in every cell), the plots, and judges the claims with the pre-registered rules of
 * {@link #judgeBest} and {@link #judgeMargin}. A subclass per table fixes the model, the paper's
 * numbers and the claims.
 *
 * @param <C> the table's configuration record
 */
public abstract class ReferenceGridExperiment<C extends Record & ReferenceGridExperiment.Grid>
    extends AbstractExperiment<C, ReferenceGridExperiment.GridCell> {

  /** The methods of Tables 1 and 2, in the paper's order. */
  public static final List<Algorithm> ALGORITHMS =
      List.of(Algorithm.TTV2, Algorithm.AGAD, Algorithm.ERIDER);

  /** The paper-vs-ours table, markdown, in the experiment folder. */
  public static final String TABLE_FILE = "paper-vs-ours.md";

  /**
   * A grid cell can decide a claim only if some method's mean test accuracy reaches twice chance
   * (10 classes): below it nothing was learned and the ranking is noise.
   */
  static final double DECIDABLE_ACCURACY = 0.2;

  /** The grid of a table run; implemented by each table's configuration record. */
  public interface Grid {
    /** Methods (a non-empty subset of {@link #ALGORITHMS}). */
    List<Algorithm> algorithms();

    /** 'Ref Mean' values. */
    List<Double> refMeans();

    /** 'Ref Std' values (each &gt;= 0). */
    List<Double> refStds();

    /** Replicates per cell (&gt;= 1). */
    int seeds();

    /** Training samples (first N of the data set; all of a smaller one). */
    int trainSize();

    /** Test samples (first N). */
    int testSize();

    /** Length of every run in mini-batches of the model's batch size. */
    long miniBatches();

    /** Device preset. */
    String preset();

    /** Where the images come from. */
    DataSource data();
  }

  /** The paper's entry ("93.75±0.1") of a method at (Ref Mean, Ref Std), e.g. PaperClaims::table1. */
  @FunctionalInterface
  public interface PaperTable {
    Optional<String> entry(Algorithm algorithm, GridPoint point);
  }

  /**
   * A claim "method {@code higher} is more accurate than {@code lower} by at least
   * {@code points} percentage points in every cell", judged by {@link #judgeMargin}.
   */
  public record MarginClaim(Claim claim, Algorithm higher, Algorithm lower, double points) {
    public MarginClaim {
      if (claim == null || !ALGORITHMS.contains(higher) || !ALGORITHMS.contains(lower)) {
        throw new IllegalArgumentException("claim must be set and higher/lower in " + ALGORITHMS
            + ", was " + higher + ", " + lower);
      }
      if (!(points >= 0)) {
        throw new IllegalArgumentException("points must be >= 0, was " + points);
      }
    }
  }

  /**
   * One cell of the sweep: a method at a grid point, one replicate.
   *
   * @param algorithm the method
   * @param refMean   'Ref Mean'
   * @param refStd    'Ref Std'
   * @param replicate replicate index (streams common to all methods)
   */
  public record GridCell(Algorithm algorithm, double refMean, double refStd, int replicate) {}

  private final MnistModel model;
  private final PaperTable paper;
  private final Claim bestClaim;
  private final List<MarginClaim> marginClaims;

  protected ReferenceGridExperiment(String name, String title, C config, MnistModel model,
      PaperTable paper, Claim bestClaim, List<MarginClaim> marginClaims) {
    super(name, title, config);
    this.model = model;
    this.paper = paper;
    this.bestClaim = bestClaim;
    this.marginClaims = List.copyOf(marginClaims);
  }

  /**
   * Validates a grid's parameters for {@code model} (methods a non-empty subset of
   * {@link #ALGORITHMS}, seeds &gt;= 1, every grid point a valid {@link MnistRun}).
   */
  static void validate(MnistModel model, List<Algorithm> algorithms, List<Double> refMeans,
      List<Double> refStds, int seeds, int trainSize, int testSize, long miniBatches,
      String preset, DataSource data) {
    if (data == null) {
      throw new IllegalArgumentException("data must not be null");
    }
    if (algorithms.isEmpty() || !ALGORITHMS.containsAll(algorithms)) {
      throw new IllegalArgumentException("algorithms must be a non-empty subset of "
          + ALGORITHMS + ", was " + algorithms);
    }
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be >= 1, was " + seeds);
    }
    for (double m : refMeans) {
      for (double s : refStds) {
        MnistRun.withDefaults(model, algorithms.get(0), preset, m, s, trainSize, testSize,
            miniBatches);
      }
    }
  }

  /** The run of {@code algorithm} at one grid point. */
  MnistRun run(Algorithm algorithm, GridPoint point) {
    return MnistRun.withDefaults(model, algorithm, config.preset(), point.refMean(),
        point.refStd(),
        config.trainSize(), config.testSize(), config.miniBatches());
  }

  @Override
  public List<Cell<GridCell>> cells() {
    List<Cell<GridCell>> cells = new ArrayList<>();
    for (double m : config.refMeans()) {
      for (double sd : config.refStds()) {
        for (Algorithm alg : config.algorithms()) {
          for (int s = 0; s < config.seeds(); s++) {
            cells.add(new Cell<>(alg + "-mean=" + m + "-std=" + sd + "-seed=" + s,
                new GridCell(alg, m, sd, s)));
          }
        }
      }
    }
    return cells;
  }

  @Override
  public List<Row> run(Cell<GridCell> cell, RandomStreams streams,
      Parallelism parallelism, Progress.Task progress) {
    Algorithm alg = cell.params().algorithm();
    double m = cell.params().refMean();
    double sd = cell.params().refStd();
    GridPoint point = new GridPoint(m, sd);
    MnistRun run = run(alg, point);
    return List.of(MnistRows.train(run, config.data(), name(), cell.params().replicate(), streams,
        parallelism, progress)
        .put("algorithm", alg.cliName()).put("refMean", m).put("refStd", sd)
        .put("paper", paper.entry(alg, point).orElse(""))
        .put("warmUpMiniBatches", run.warmUpMiniBatches()));
  }

  /** Test accuracies per grid point (grid order) and method (grid order). */
  static Map<GridPoint, Map<Algorithm, List<Double>>> byCell(List<Row> rows) {
    Map<GridPoint, Map<Algorithm, List<Double>>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(new GridPoint(r.number("refMean"), r.number("refStd")),
          k -> new LinkedHashMap<>()).computeIfAbsent(algorithm(r),
          k -> new ArrayList<>()).add(r.number("testAccuracy"));
    }
    return out;
  }

  /** The method of a result row. */
  private static Algorithm algorithm(Row r) {
    return Algorithm.of(r.text("algorithm"));
  }

  /**
   * Whether the runs are long enough to judge: E-RIDER's chopper flipped in some run and every
   * AGAD / E-RIDER run outlasted its warm-up (n_s sweeps of the widest matrix without writes to
   * W; {@link MnistRun#warmUpMiniBatches}).
   */
  static boolean pastWarmUp(List<Row> rows) {
    boolean flipped = rows.stream().anyMatch(ReferenceGridExperiment::eriderFlipped);
    boolean warm = rows.stream().filter(r -> algorithm(r).hasWarmUp())
        .allMatch(r -> r.number("miniBatches") > r.number("warmUpMiniBatches"));
    return flipped && warm;
  }

  private static boolean eriderFlipped(Row r) {
    return algorithm(r) == Algorithm.ERIDER && r.number("chopperFlips") > 0;
  }

  @Override
  public Outcome summarise(List<Row> rows, Path dir) throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    Map<GridPoint, Map<Algorithm, List<Double>>> byCell = byCell(rows);
    List<String> outputs = new ArrayList<>(plots(byCell, dir, rows));
    boolean past = pastWarmUp(rows);
    summary.put("eriderAnyChopperFlip", rows.stream()
        .anyMatch(ReferenceGridExperiment::eriderFlipped));
    summary.put("pastWarmUp", past);
    List<ClaimResult> claims = new ArrayList<>();
    claims.add(judgeBest(bestClaim, paper, byCell, past, summary));
    for (MarginClaim mc : marginClaims) {
      claims.add(judgeMargin(mc, byCell, past, summary));
    }
    claims.replaceAll(c -> c.withOursSuffix(" Run: " + runLength(rows) + ", "
        + config.data().describe() + "." + (config.data().caveat().isEmpty() ? ""
            : " " + config.data().caveat())));
    JsonFiles.writeAtomically(dir.resolve(TABLE_FILE), table(byCell, rows));
    outputs.add(TABLE_FILE);
    return new Outcome(claims, outputs, summary);
  }

  private List<String> plots(Map<GridPoint, Map<Algorithm, List<Double>>> byCell, Path dir,
      List<Row> rows) throws IOException {
    List<Plots.Series> series = new ArrayList<>();
    for (Algorithm alg : config.algorithms()) {
      for (double m : config.refMeans()) {
        Map<Double, Double> means = new TreeMap<>();
        for (double sd : config.refStds()) {
          List<Double> xs = byCell.getOrDefault(new GridPoint(m, sd), Map.of()).get(alg);
          if (xs != null) {
            means.put(sd, Summary.mean(xs));
          }
        }
        series.add(new Plots.Series(alg + ", Ref Mean " + m, MnistRows.keys(means),
            MnistRows.values(means)));
      }
    }
    List<String> out = new ArrayList<>(Plots.xy(dir, "accuracy-vs-ref-std", "MNIST "
        + model.title() + " test accuracy versus Ref Std (" + config.miniBatches()
        + " mini-batches)", "Ref Std", "test accuracy", false, false, series));
    List<Plots.Series> vsPaper = new ArrayList<>();
    double lo = 100;
    double hi = 0;
    for (Algorithm alg : config.algorithms()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Map.Entry<GridPoint, Map<Algorithm, List<Double>>> c : byCell.entrySet()) {
        Optional<double[]> p = paper.entry(alg, c.getKey())
            .map(ReferenceGridExperiment::parseEntry);
        List<Double> ours = c.getValue().get(alg);
        if (p.isPresent() && ours != null) {
          xs.add(p.get()[0]);
          ys.add(100 * Summary.mean(ours));
          lo = Math.min(lo, Math.min(p.get()[0], ys.get(ys.size() - 1)));
          hi = Math.max(hi, Math.max(p.get()[0], ys.get(ys.size() - 1)));
        }
      }
      vsPaper.add(new Plots.Series(alg.cliName(), toArray(xs), toArray(ys)));
    }
    if (lo < hi) {
      vsPaper.add(new Plots.Series("ours = paper", new double[] {lo, hi}, new double[] {lo, hi}));
    }
    out.addAll(Plots.xy(dir, "ours-vs-paper", "MNIST " + model.title() + ": our mean test "
        + "accuracy versus the paper's, one point per grid cell", "paper's test accuracy (%)",
        "our test accuracy (%)", false, false, vsPaper));
    return out;
  }

  private static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** "93.75±0.1" as {93.75, 0.1}. */
  static double[] parseEntry(String entry) {
    String[] p = entry.split("±");
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }

  /**
   * The paper-vs-ours table in the paper's layout (rows Ref Mean x method, columns Ref Std):
   * each cell "ours mean±std (paper mean±std)", test accuracy in %; std over replicates (n - 1),
   * omitted with one replicate. A last column notes every cell whose mean equals another
   * method's at the same grid point, with the reason the counters give (both methods' slow
   * tiles unwritten: only the digital biases learned).
   */
  String table(Map<GridPoint, Map<Algorithm, List<Double>>> byCell, List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "MNIST %s test accuracy (%%): ours as mean±std over %d "
        + "replicate(s), %s, %s; the paper's (mean±std over 3 seeds, 40 epochs of full MNIST) "
        + "in parentheses.%s%n%n", model.title(), config.seeds(), runLength(rows),
        config.data().describe(), config.data().caveat().isEmpty() ? ""
            : " " + config.data().caveat()));
    md.append("| Ref Mean | Method |");
    config.refStds().forEach(sd -> md.append(" Ref Std ").append(sd).append(" |"));
    md.append(" Note |\n|---|---|").append("---|".repeat(config.refStds().size() + 1))
        .append("\n");
    for (double m : config.refMeans()) {
      for (Algorithm alg : config.algorithms()) {
        md.append("| ").append(m).append(" | ").append(alg.title()).append(" |");
        List<String> notes = new ArrayList<>();
        for (double sd : config.refStds()) {
          Map<Algorithm, List<Double>> cell = byCell.getOrDefault(new GridPoint(m, sd), Map.of());
          List<Double> xs = cell.get(alg);
          String ours = xs == null ? "-" : xs.size() < 2
              ? String.format(Locale.ROOT, "%.2f", 100 * Summary.mean(xs))
              : String.format(Locale.ROOT, "%.2f±%.1f", 100 * Summary.mean(xs),
                  100 * Summary.std(xs));
          md.append(' ').append(ours).append(" (").append(paper.entry(alg, new GridPoint(m, sd)).orElse("-"))
              .append(") |");
          if (xs != null) {
            for (Map.Entry<Algorithm, List<Double>> other : cell.entrySet()) {
              if (other.getKey() != alg
                  && Summary.mean(other.getValue()) == Summary.mean(xs)) {
                notes.add(identicalNote(alg, other.getKey(), m, sd, rows));
              }
            }
          }
        }
        md.append(' ').append(String.join("; ", notes)).append(" |\n");
      }
    }
    return md.toString();
  }

  /** Why {@code alg} and {@code other} have the same mean at (m, sd), from the counters. */
  private static String identicalNote(Algorithm alg, Algorithm other, double m, double sd,
      List<Row> rows) {
    double slow = rows.stream().filter(r -> r.number("refMean") == m && r.number("refStd") == sd
        && (algorithm(r) == alg || algorithm(r) == other))
        .mapToDouble(r -> r.number("slowTilePulses")).sum();
    return String.format(Locale.ROOT, "Ref Std %s: same as %s, %s", sd, other.title(),
        slow == 0 ? "because neither wrote its slow tiles (0 pulses): only the digital biases "
            + "learned, so both computed the same network"
            : "although their slow tiles received " + (long) slow + " pulses (not explained)");
  }

  /**
   * The runs' length as "N mini-batches of B (E epochs of S training samples), T test samples",
   * from the rows (the sizes used; a data set smaller than asked gives fewer samples).
   */
  String runLength(List<Row> rows) {
    if (rows.isEmpty()) {
      return config.miniBatches() + " mini-batches";
    }
    Row r = rows.get(0);
    return String.format(Locale.ROOT, "%d mini-batches of %d (%d epochs of %d training "
        + "samples), %d test samples", config.miniBatches(), model.batch(),
        (long) r.number("epochs"), (long) r.number("trainSize"), (long) r.number("testSize"));
  }

  /** Whether the best mean of a grid cell reaches {@link #DECIDABLE_ACCURACY}. */
  private static boolean decidable(Map<Algorithm, List<Double>> cell) {
    return cell.values().stream().mapToDouble(Summary::mean).max().orElse(0)
        >= DECIDABLE_ACCURACY;
  }

  /**
   * The pre-registered rule for "E-RIDER has the highest mean accuracy in every cell": a grid
   * cell is <i>decidable</i> if some method's mean reaches {@link #DECIDABLE_ACCURACY}; in a
   * decidable cell E-RIDER is <i>best</i> if its mean exceeds every other method's mean, and
   * <i>beaten</i> if some method's mean exceeds E-RIDER's by more than 2 standard errors of the
   * difference (needs &gt;= 2 replicates of both). Holds if best in every cell; does not hold if
   * beaten in at least one; inconclusive otherwise, or when the runs did not outlast the warm-up
   * ({@code pastWarmUp} false: E-RIDER's chopper never flipped, or some AGAD / E-RIDER matrix
   * never left its n_s warm-up sweeps without writes to W).
   */
  static ClaimResult judgeBest(Claim claim, PaperTable paper,
      Map<GridPoint, Map<Algorithm, List<Double>>> byCell, boolean pastWarmUp,
      Map<String, Object> summary) {
    int best = 0;
    int beaten = 0;
    int undecidable = 0;
    StringBuilder text = new StringBuilder();
    for (Map.Entry<GridPoint, Map<Algorithm, List<Double>>> cell : byCell.entrySet()) {
      List<Double> e = cell.getValue().get(Algorithm.ERIDER);
      if (e == null) {
        continue;
      }
      double me = Summary.mean(e);
      boolean isBest = true;
      boolean isBeaten = false;
      GridPoint point = cell.getKey();
      text.append(String.format(Locale.ROOT, "%sRef Mean %s, Ref Std %s:", text.length() == 0
          ? "" : "; ", point.refMean(), point.refStd()));
      for (Map.Entry<Algorithm, List<Double>> a : cell.getValue().entrySet()) {
        double ma = Summary.mean(a.getValue());
        text.append(String.format(Locale.ROOT, " %s %.2f (paper %s)", a.getKey(), 100 * ma,
            paper.entry(a.getKey(), point).orElse("-")));
        if (a.getKey() == Algorithm.ERIDER) {
          continue;
        }
        isBest &= me > ma;
        isBeaten |= Difference.of(a.getValue(), e).clearlyPositive();
      }
      if (!decidable(cell.getValue())) {
        undecidable++;
        continue;
      }
      best += isBest ? 1 : 0;
      beaten += isBeaten ? 1 : 0;
    }
    int cells = (int) byCell.values().stream().filter(c -> c.containsKey(Algorithm.ERIDER)).count();
    summary.put("eriderBestCells", best);
    summary.put("eriderBeatenCells", beaten);
    summary.put("undecidableCells", undecidable);
    Verdict v = verdict(cells, pastWarmUp, best, beaten);
    String ours = String.format(Locale.ROOT, "E-RIDER highest mean in %d of %d cells, beaten by "
        + "more than 2 se in %d%s. Test accuracy %% (ours, paper): %s.%s", best, cells, beaten,
        undecidable == 0 ? "" : String.format(Locale.ROOT, "; %d cell(s) undecidable (no method "
            + "reached %.0f %%)", undecidable, 100 * DECIDABLE_ACCURACY), text,
        pastWarmUp ? "" : WARM_UP_NOTE);
    return new ClaimResult(claim.id(), ours, v, "Per grid cell where some method reaches "
        + "20 % mean test accuracy (twice chance), E-RIDER is best if its mean over replicates "
        + "exceeds every other method's, beaten if another's mean exceeds it by more than 2 "
        + "standard errors of the difference (>= 2 replicates). Holds if best in every cell; does "
        + "not hold if beaten in any; inconclusive otherwise or if the runs did not outlast the "
        + "warm-up (E-RIDER's chopper never flipped, or an AGAD / E-RIDER matrix never left its "
        + "n_s warm-up sweeps). Fixed before running.", "accuracy-vs-ref-std.png");
  }

  /**
   * Holds if all {@code cells} support the claim, does not hold if any contradicts it,
   * inconclusive otherwise, without cells, or before the end of the warm-up.
   */
  private static Verdict verdict(int cells, boolean pastWarmUp, int support, int contradict) {
    if (cells == 0 || !pastWarmUp) {
      return Verdict.INCONCLUSIVE;
    }
    if (support == cells) {
      return Verdict.HOLDS;
    }
    return contradict > 0 ? Verdict.DOES_NOT_HOLD : Verdict.INCONCLUSIVE;
  }

  private static final String WARM_UP_NOTE = " The runs did not outlast the warm-up (E-RIDER's "
      + "chopper never flipped, or some AGAD / E-RIDER run ended inside the n_s sweeps of its "
      + "widest matrix during which W is not written), so they cannot judge the claim.";

  /**
   * The pre-registered rule for "{@code higher} beats {@code lower} by at least {@code points}
   * percentage points in every cell": with d the difference of the two methods' mean test
   * accuracies in a decidable cell (see {@link #judgeBest}) and se the standard error of d, the
   * cell <i>supports</i> the claim if d &gt;= points and <i>contradicts</i> it if d + 2 se &lt;
   * points (needs &gt;= 2 replicates of both). Holds if every cell supports it; does not hold if
   * some cell contradicts it; inconclusive otherwise or if the runs did not outlast the warm-up.
   */
  static ClaimResult judgeMargin(MarginClaim mc, Map<GridPoint, Map<Algorithm, List<Double>>> byCell,
      boolean pastWarmUp, Map<String, Object> summary) {
    int cells = 0;
    int support = 0;
    int contradict = 0;
    double minGap = Double.POSITIVE_INFINITY;
    for (Map<Algorithm, List<Double>> cell : byCell.values()) {
      List<Double> hi = cell.get(mc.higher());
      List<Double> lo = cell.get(mc.lower());
      if (hi == null || lo == null) {
        continue;
      }
      cells++;
      Difference diff = Difference.of(hi, lo).times(100); // percentage points
      double d = diff.d();
      minGap = Math.min(minGap, d);
      if (!decidable(cell)) {
        continue;
      }
      support += d >= mc.points() ? 1 : 0;
      contradict += diff.clearlyBelow(mc.points()) ? 1 : 0;
    }
    String lower = mc.lower().cliName();
    String key = mc.higher().cliName() + "Over" + Character.toUpperCase(lower.charAt(0))
        + lower.substring(1);
    summary.put(key + "SupportingCells", support);
    summary.put(key + "ContradictingCells", contradict);
    Verdict v = verdict(cells, pastWarmUp, support, contradict);
    String ours = cells == 0 ? mc.higher() + " or " + mc.lower() + " not run"
        : String.format(Locale.ROOT, "%s - %s >= %.0f points in %d of %d cells, clearly below "
            + "(by 2 se) in %d; smallest difference %.2f points.%s", mc.higher(), mc.lower(),
            mc.points(), support, cells, contradict, minGap, pastWarmUp ? "" : WARM_UP_NOTE);
    return new ClaimResult(mc.claim().id(), ours, v, String.format(Locale.ROOT, "Per grid cell "
        + "where some method reaches 20 %% mean test accuracy, d = mean(%s) - mean(%s) in "
        + "points, se its standard error: supports if d >= %.0f, contradicts if d + 2 se < %.0f "
        + "(>= 2 replicates). Holds if every cell supports; does not hold if any contradicts; "
        + "inconclusive otherwise or if the runs did not outlast the warm-up. Fixed before "
        + "running.", mc.higher(), mc.lower(), mc.points(), mc.points()),
        "accuracy-vs-ref-std.png");
  }
}
