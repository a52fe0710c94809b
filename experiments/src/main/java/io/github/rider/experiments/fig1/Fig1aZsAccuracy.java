package io.github.rider.experiments.fig1;

import io.github.rider.algorithms.ZeroShifting;
import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.PaperClaims;
import io.github.rider.experiments.report.Plots;
import io.github.rider.experiments.sweep.Cell;
import io.github.rider.experiments.sweep.ClaimResult;
import io.github.rider.experiments.sweep.AbstractExperiment;
import io.github.rider.experiments.sweep.Progress;
import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fig. 1(a) of the paper (arXiv 2602.21321): zero-shifting on an array of the paper's
 * 2000-state SoftBounds device, SP estimates after N pulses, random (Algorithm 1) and cyclic
 * (alternating, Kim et al.), run once to the largest N and observed at each N.
 *
 * <p><b>Device.</b> Preset {@code paper-fig1-soft-bounds}: SoftBounds, dw_min = 0.001, bounds
 * +-1 (2000 states), d2d variation of eq. (104): slope gamma = exp(0.3 xi1) (AIHWKit
 * dw_min_dtod 0.3, log-normal) and up/down asymmetry rho = 0.05 xi2 (up_down_dtod 0.05), so the
 * physical SPs are about rho/gamma, spread about 0.05 around 0; cycle-to-cycle noise 0.3
 * (multiplicative). The paper does not state its sigmas; these are
 * AIHWKit's defaults.
 *
 * <p><b>Relative error.</b> With a zero-mean up/down asymmetry the true mean SP is about 0 and
 * an error relative to it is ill-posed. We therefore plant a nonzero mean SP as the paper's
 * Tables do ("Ref Mean", eq. (105)): every reference is set to {@code referenceMean}, so the
 * effective SP of device i is SP_i - referenceMean and the array starts (w_eff = 0) at that
 * distance. The <i>relative error of the mean</i> is |mean(SP) - mean(estimate)| / |mean(SP)|,
 * the paper's Fig. 1b criterion; with {@code referenceMean = 0} it is reported but meaningless.
 * The offsets are also reported relative to the spread of the true SPs (std) and to the weight
 * range w_max - w_min, which are well-posed for any reference.
 */
public final class Fig1aZsAccuracy extends AbstractExperiment<Fig1aZsAccuracy.Config, Fig1aZsAccuracy.VariantCell> {

  /** Subcommand and folder name. */
  public static final String NAME = "fig1a";

  /**
   * Parameters of the run.
   *
   * @param preset        device preset name
   * @param rows          array rows (paper 512)
   * @param cols          array columns (paper 512)
   * @param referenceMean planted reference offset r (weight units); the true SP mean is about -r
   * @param pulses        the N at which the estimates are observed (increasing, even)
   * @param variants      "cyclic" and/or "random"
   * @param threshold     relative-error target of the claim (paper: 1 %)
   */
  public record Config(String preset, int rows, int cols, double referenceMean, List<Long> pulses,
      List<String> variants, double threshold) {

    public Config {
      DevicePresets.get(preset);
      if (rows <= 0 || cols <= 0) {
        throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + "x" + cols);
      }
      if (!Double.isFinite(referenceMean)) {
        throw new IllegalArgumentException("referenceMean must be finite, was " + referenceMean);
      }
      pulses = List.copyOf(pulses);
      long prev = 0;
      for (long n : pulses) {
        if (n <= prev || n % 2 != 0) {
          throw new IllegalArgumentException(
              "pulses must be increasing, positive and even, was " + pulses);
        }
        prev = n;
      }
      variants = List.copyOf(variants);
      for (String v : variants) {
        variant(v);
      }
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
      }
    }

    /** Quick: 128x128; full: the paper's 512x512. */
    public static Config forScale(Scale scale) {
      int size = scale.full() ? 512 : 128;
      return new Config("paper-fig1-soft-bounds", size, size, 0.3,
          List.of(500L, 1000L, 2000L, 4000L, 8000L), List.of("cyclic", "random"), 0.01);
    }

    /** The same with a square array of {@code size} x {@code size}. */
    public Config withSize(int size) {
      return new Config(preset, size, size, referenceMean, pulses, variants, threshold);
    }
  }

  public Fig1aZsAccuracy(Config config) {
    super(NAME,
        "Fig. 1(a): ZS accuracy of the SP estimates versus the pulse budget N",
        config);
  }

  static ZeroShifting.Variant variant(String name) {
    return switch (name) {
      case "cyclic" -> ZeroShifting.Variant.CYCLIC;
      case "random" -> ZeroShifting.Variant.STOCHASTIC;
      default -> throw new IllegalArgumentException(
          "variant must be cyclic or random, was '" + name + "'");
    };
  }

  /**
   * One cell: a zero-shifting variant.
   *
   * @param variant the variant's name
   */
  public record VariantCell(String variant) {}

  @Override
  public List<Cell<Fig1aZsAccuracy.VariantCell>> cells() {
    List<Cell<Fig1aZsAccuracy.VariantCell>> cells = new ArrayList<>();
    for (String v : config.variants()) {
      cells.add(new Cell<>(v, new VariantCell(v)));
    }
    return cells;
  }

  @Override
  public long work(Cell<Fig1aZsAccuracy.VariantCell> cell) {
    return config.pulses().get(config.pulses().size() - 1);
  }

  @Override
  public List<Row> run(Cell<Fig1aZsAccuracy.VariantCell> cell, RandomStreams streams,
      Parallelism parallelism, Progress.Task progress) {
    DeviceSpec spec = DevicePresets.get(config.preset()).withReferenceMean(config.referenceMean());
    double range = spec.bounds().range();
    // the same devices for both variants (common random numbers): streams by experiment only
    ZsSnapshots zs = new ZsSnapshots(spec, config.rows() * config.cols(), streams.child(NAME),
        parallelism);
    List<Row> rows = new ArrayList<>();
    String v = cell.params().variant();
    zs.run(variant(v), config.pulses(), progress, s -> {
      rows.add(new Row().put("variant", v).put("pulses", s.pulses())
          .put("meanTrue", s.meanTrue()).put("meanEstimate", s.meanEstimate())
          .put("meanOffset", s.meanOffset()).put("stdTrue", s.stdTrue())
          .put("stdEstimate", s.stdEstimate()).put("stdOffset", s.stdOffset())
          .put("relMeanError", s.relMeanError())
          .put("meanOffsetOverSpread", Math.abs(s.meanOffset()) / s.stdTrue())
          .put("stdOffsetOverSpread", Math.abs(s.stdOffset()) / s.stdTrue())
          .put("meanOffsetOverRange", Math.abs(s.meanOffset()) / range)
          .put("stdOffsetOverRange", Math.abs(s.stdOffset()) / range)
          .put("rmse", s.rmse()).put("rmseOverSpread", s.rmse() / s.stdTrue()));
      return true;
    });
    return rows;
  }

  @Override
  public Outcome summarise(List<Row> rows, Path dir) throws IOException {
    List<String> plots = new ArrayList<>();
    List<Plots.Series> offsets = new ArrayList<>();
    List<Plots.Series> relative = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (String v : config.variants()) {
      List<Row> rs = rows.stream().filter(r -> r.text("variant").equals(v)).toList();
      double[] n = column(rs, "pulses");
      offsets.add(new Plots.Series(v + ": mean offset", n, column(rs, "meanOffset")));
      offsets.add(new Plots.Series(v + ": std offset", n, column(rs, "stdOffset")));
      relative.add(new Plots.Series(v + ": |mean offset| / |true mean|", n,
          column(rs, "relMeanError")));
      relative.add(new Plots.Series(v + ": |std offset| / true std", n,
          column(rs, "stdOffsetOverSpread")));
      summary.put(v + ".firstNWithin", firstWithin(rs, "relMeanError"));
    }
    double[] all = column(rows, "pulses");
    relative.add(new Plots.Series(pct(config.threshold()) + " target", all,
        java.util.Arrays.stream(all).map(x -> config.threshold()).toArray()));
    String dims = config.rows() + "x" + config.cols();
    plots.addAll(Plots.xy(dir, "offsets", "Fig. 1(a): offsets of the SP estimates (" + dims
        + ", truth minus estimate)", "ZS pulses N", "offset (weight units)", true, false,
        offsets));
    plots.addAll(Plots.xy(dir, "relative-error", "Fig. 1(a): relative error of the SP estimates ("
        + dims + ")", "ZS pulses N", "relative error", true, true, relative));
    return new Outcome(List.of(claim(rows)), plots, summary);
  }

  private ClaimResult claim(List<Row> rows) {
    String main = config.variants().contains("cyclic") ? "cyclic" : config.variants().get(0);
    StringBuilder ours = new StringBuilder();
    Verdict verdict = Verdict.INCONCLUSIVE;
    for (String v : config.variants()) {
      List<Row> rs = rows.stream().filter(r -> r.text("variant").equals(v)).toList();
      long first = firstWithin(rs, "relMeanError");
      ours.append(v).append(": relative error of the mean ");
      for (Row r : rs) {
        ours.append(String.format(Locale.ROOT, "%d: %s, ", (long) r.number("pulses"),
            pct(r.number("relMeanError"))));
      }
      ours.append(first > 0 ? "first N within " + pct(config.threshold()) + ": " + first
          : "never within " + pct(config.threshold())).append(". ");
      if (v.equals(main) && first > 0) {
        verdict = first > 2000 ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD;
      }
    }
    ours.append(String.format(Locale.ROOT, "True SP mean %.4f, std %.4f (%dx%d devices).",
        rows.get(0).number("meanTrue"), rows.get(0).number("stdTrue"), config.rows(),
        config.cols()));
    String criterion = "the first observed N at which the " + main + " ZS estimates' mean is "
        + "within " + pct(config.threshold()) + " of the true SP mean (planted reference offset "
        + config.referenceMean() + ") must exceed 2000; inconclusive if no N reaches it.";
    return new ClaimResult(PaperClaims.FIG1A_PULSES_FOR_1PCT.id(), ours.toString().trim(),
        verdict, criterion, "relative-error.png");
  }

  private long firstWithin(List<Row> rs, String key) {
    for (Row r : rs) {
      if (r.number(key) <= config.threshold()) {
        return (long) r.number("pulses");
      }
    }
    return -1;
  }

  static double[] column(List<Row> rows, String key) {
    return rows.stream().mapToDouble(r -> r.number(key)).toArray();
  }

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.3g %%", 100 * x);
  }
}
