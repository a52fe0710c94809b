package io.github.rider.experiments;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.mnist.GridPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The paper's claims that the experiments check, in one place: the only text of the report that
 * is typed by hand. Each claim quotes or paraphrases the paper (arXiv 2602.21321) and cites the
 * figure, table, theorem or equation it comes from. Everything else in
 * {@code report.md} is generated from the results.
 */
public final class PaperClaims {

  /**
   * One claim of the paper.
   *
   * @param id         stable id, "experiment.short-name"
   * @param experiment the runner that checks it (its subcommand name)
   * @param section    where the claim is in the paper (figure, table, theorem, equation)
   * @param statement  the paper's statement
   * @param paperValue the paper's number, or "-" when it states no number
   */
  public record Claim(String id, String experiment, String section, String statement,
      String paperValue) {}

  private static final List<Claim> ALL = new ArrayList<>();

  /** Fig. 1(a): ZS accuracy versus pulse budget. */
  public static final Claim FIG1A_PULSES_FOR_1PCT = add("fig1a.pulses-for-1pct", "fig1a",
      "Fig. 1(a)",
      "ZS on a 512x512 array of a 2000-state SoftBounds device (d2d of eq. 104), N in "
          + "{500, 1000, 2000, 4000, 8000}: reaching 1 % relative error takes more than 2000 "
          + "pulses.",
      "> 2000 pulses for 1 % relative error");

  /** Fig. 1(b): pulses needed versus dw_min. */
  public static final Claim FIG1B_INVERSE_LINEAR = add("fig1b.inverse-linear", "fig1b",
      "Fig. 1(b), Theorem 2.2",
      "The smallest N of the doubling schedule {200, 500, 1e3, 2e3, ...} with relative error of "
          + "the estimated SP mean <= 1 % grows near-inverse-linearly as dw_min shrinks from "
          + "5e-3 to 1.6e-6, matching Theorem 2.2 (N = O(1/(delta dw_min))).",
      "N ~ 1/dw_min (log-log slope -1)");

  /** Fig. 2: residual learning with ZS-estimated SPs. */
  public static final Claim FIG2_SMALL_N_DEGRADES = add("fig2.small-n-degrades", "fig2",
      "Fig. 2",
      "LeNet-5 on MNIST with TT-v1: SPs estimated by ZS with smaller N cause significant "
          + "training-loss degradation and even non-convergence, compared with the ground-truth "
          + "SP.",
      "-");

  /** Fig. 4 (left): total pulse cost, E-RIDER versus ZS + TT-v2. */
  public static final Claim FIG4_ERIDER_LOWEST = add("fig4.erider-lowest", "fig4",
      "Fig. 4 (left)",
      "Total pulses (calibration + epochs x ceil(n/B) x BL, B = 64, BL = 5) to reach training "
          + "loss <= 0.2 on LeNet-5 MNIST: E-RIDER has the lowest total pulse cost in all "
          + "number-of-states settings.",
      "-");

  /** Fig. 4 (left): ZS with too few pulses fails at many states. */
  public static final Claim FIG4_ZS_FAILS = add("fig4.zs-4000-fails-2000-states", "fig4",
      "Fig. 4 (left)",
      "For 2000 states, ZS with N = 4000 followed by TT-v2 fails to reach the target loss.",
      "fails");

  /** Fig. 5: chopper probability. */
  public static final Claim FIG5_SMALL_P = add("fig5.small-p-beats-zero", "fig5",
      "Fig. 5 (App. F.4)",
      "E-RIDER test accuracy on MNIST-FCN after 50 epochs: a small chopper probability p > 0 "
          + "substantially beats p = 0 (RIDER).",
      "-");

  /** Table 1: LeNet-5. */
  public static final Claim TABLE1_ERIDER_BEST = add("table1.erider-best", "table1",
      "Table 1",
      "LeNet-5 MNIST test accuracy over Ref Mean {0, 0.2, 0.3, 0.4} x Ref Std {0.05, ..., 1.0}: "
          + "E-RIDER has the highest mean accuracy of TT-v2, AGAD and E-RIDER in every cell.",
      "24 of 24 cells (e.g. 93.75±0.1 at mean 0, std 0.05)");

  /** Table 1: LeNet-5, AGAD far above TT-v2. */
  public static final Claim TABLE1_AGAD_OVER_TTV2 = add("table1.agad-over-ttv2", "table1",
      "Table 1",
      "LeNet-5 MNIST over the same grid: AGAD (dynamic reference) is far more accurate than "
          + "TT-v2, which cannot compensate the reference offset, in every cell.",
      "AGAD - TT-v2 = 15.6 to 24.0 points in all 24 cells");

  /** Table 2: FCN. */
  public static final Claim TABLE2_ERIDER_BEST = add("table2.erider-best", "table2",
      "Table 2",
      "FCN MNIST test accuracy over the same grid: E-RIDER has the highest mean accuracy in "
          + "every cell.",
      "24 of 24 cells (e.g. 95.45±0.2 at mean 0, std 0.05)");

  /** Table 2: FCN, AGAD above TT-v2. */
  public static final Claim TABLE2_AGAD_OVER_TTV2 = add("table2.agad-over-ttv2", "table2",
      "Table 2",
      "FCN MNIST over the same grid: AGAD (dynamic reference) is more accurate than TT-v2 in "
          + "every cell.",
      "AGAD - TT-v2 = 2.3 to 32.6 points in all 24 cells");

  /** Theorem 3.7: E_K rate. */
  public static final Claim RATES_EK_SLOPE = add("rates.ek-slope", "rates",
      "Theorem 3.7, eq. (15)",
      "With alpha = Theta(1/sqrt(K)), beta = Theta(alpha gamma mu), eta = Theta(alpha mu): "
          + "E_K <= O(kappa1 kappa2^5 / sqrt(K)) + Theta(dw_min), i.e. E_K falls like K^(-1/2) "
          + "down to a floor.",
      "slope -1/2 (log E_K vs log K), then a floor");

  /** Theorem 3.7: the floor. */
  public static final Claim RATES_FLOOR = add("rates.floor-proportional", "rates",
      "Theorem 3.7, Assumption 3.4",
      "The error floor is Theta(dw_min): proportional to the response granularity.",
      "floor ~ dw_min (log-log slope 1)");

  /** Corollary 3.9: pulse complexity and crossover. */
  public static final Claim RATES_CROSSOVER = add("rates.pulse-crossover", "rates",
      "Corollary 3.9",
      "To reach accuracy delta, RIDER needs O(delta^-2) pulses and the two-stage baseline "
          + "(ZS + residual learning) O(delta^-2 + delta^-1 dw_min^-1): RIDER needs fewer pulses "
          + "when delta > Theta(dw_min).",
      "RIDER cheaper for delta above a crossover Theta(dw_min)");

  /** Corollary 3.9 judged on a problem inside Theorem 3.7's assumptions. */
  public static final Claim RATES_CROSSOVER_SETUP_B = add("rates.pulse-crossover-setup-b",
      "rates", "Corollary 3.9 (with Theorem 3.7's assumptions)",
      "Under the assumptions of Theorem 3.7, to reach accuracy delta, RIDER needs O(delta^-2) "
          + "pulses and the two-stage baseline (ZS + residual learning) O(delta^-2 + delta^-1 "
          + "dw_min^-1): RIDER needs fewer pulses when delta > Theta(dw_min).",
      "RIDER cheaper for delta above a crossover Theta(dw_min)");

  private PaperClaims() {}

  /**
   * Ref Std columns of Tables 1 and 2 (arXiv 2602.21321; the orientation, Ref Std as
   * columns, is inferred: the paper's text does not settle it).
   */
  public static final List<Double> TABLE_REF_STDS = List.of(0.05, 0.2, 0.3, 0.4, 0.7, 1.0);

  /** Ref Mean row groups of Tables 1 and 2 (arXiv 2602.21321). */
  public static final List<Double> TABLE_REF_MEANS = List.of(0.0, 0.2, 0.3, 0.4);

  /** Table 1 (LeNet-5, MNIST test accuracy %, mean±std over 3 seeds): Ref Mean, method, one per Ref Std. */
  private static final String[][] TABLE1 = {
      {"0", "TT-v2", "75.19±1.0", "72.62±0.9", "72.39±1.1", "71.50±0.6", "68.55±0.9", "66.96±1.3"},
      {"0", "AGAD", "90.81±0.2", "90.69±1.1", "91.02±0.7", "90.42±0.7", "90.15±0.3", "88.11±0.3"},
      {"0", "E-RIDER", "93.75±0.1", "93.71±0.2", "94.15±0.6", "93.26±1.3", "91.67±0.3", "89.02±0.3"},
      {"0.2", "TT-v2", "75.01±1.4", "72.60±2.1", "71.68±2.2", "70.70±1.1", "66.54±2.9", "66.43±1.3"},
      {"0.2", "AGAD", "91.14±0.8", "90.66±0.9", "91.61±0.1", "90.61±0.9", "88.59±0.6", "87.73±1.1"},
      {"0.2", "E-RIDER", "93.90±0.6", "93.06±1.0", "93.33±0.8", "93.15±0.5", "91.99±0.1", "89.41±0.8"},
      {"0.3", "TT-v2", "73.64±0.5", "72.50±1.1", "72.66±0.3", "70.70±1.7", "65.43±2.5", "66.78±1.6"},
      {"0.3", "AGAD", "90.86±0.4", "89.87±0.4", "90.37±1.2", "89.42±0.8", "89.43±1.2", "86.76±0.4"},
      {"0.3", "E-RIDER", "92.45±1.9", "92.15±1.5", "92.27±0.6", "91.45±1.1", "89.74±0.7", "90.26±1.2"},
      {"0.4", "TT-v2", "71.71±1.8", "71.89±3.3", "70.83±3.1", "71.01±2.8", "66.63±1.2", "67.08±1.6"},
      {"0.4", "AGAD", "89.63±1.3", "89.79±1.1", "89.99±1.9", "90.16±0.8", "87.32±1.2", "86.54±1.1"},
      {"0.4", "E-RIDER", "91.72±0.4", "91.76±0.4", "91.29±1.1", "91.54±1.5", "91.17±0.5", "88.02±0.3"},
  };

  /** Table 2 (FCN, MNIST test accuracy %, mean±std over seeds): Ref Mean, method, one per Ref Std. */
  private static final String[][] TABLE2 = {
      {"0", "TT-v2", "90.26±0.4", "88.75±0.6", "87.40±0.7", "85.98±0.2", "82.85±2.4", "79.20±3.2"},
      {"0", "AGAD", "92.59±0.2", "91.96±0.8", "92.11±0.9", "92.48±0.1", "92.19±0.4", "91.37±0.4"},
      {"0", "E-RIDER", "95.45±0.2", "95.48±0.1", "95.39±0.1", "95.34±0.4", "95.42±0.3", "93.86±0.2"},
      {"0.2", "TT-v2", "73.37±0.3", "73.99±0.7", "71.88±0.4", "70.40±0.8", "68.63±1.1", "62.35±0.6"},
      {"0.2", "AGAD", "92.86±1.3", "91.95±0.4", "92.63±0.7", "92.80±0.2", "92.22±0.3", "90.77±0.3"},
      {"0.2", "E-RIDER", "95.78±0.1", "95.63±0.1", "95.84±0.3", "95.82±0.3", "95.82±0.3", "95.18±0.3"},
      {"0.3", "TT-v2", "72.86±1.3", "72.65±0.5", "69.70±1.6", "69.96±1.5", "66.44±2.0", "61.45±1.0"},
      {"0.3", "AGAD", "92.31±0.4", "92.52±0.4", "92.47±0.5", "92.88±0.3", "91.68±0.5", "91.35±0.4"},
      {"0.3", "E-RIDER", "95.76±0.1", "95.81±0.5", "95.91±0.6", "95.88±0.1", "95.79±0.2", "94.84±0.2"},
      {"0.4", "TT-v2", "72.00±2.8", "68.08±2.1", "68.80±1.9", "67.85±1.4", "66.15±0.9", "57.79±0.8"},
      {"0.4", "AGAD", "92.55±0.2", "92.42±0.6", "92.42±0.8", "92.06±0.4", "90.62±0.3", "90.43±0.3"},
      {"0.4", "E-RIDER", "96.07±0.2", "96.21±0.1", "96.20±0.1", "96.23±0.3", "95.87±0.3", "95.14±0.3"},
  };

  /**
   * The paper's Table 1 entry (LeNet-5, e.g. "93.75±0.1") for {@code algorithm} (TT-v2, AGAD,
   * E-RIDER) at ('Ref Mean', 'Ref Std'), Table 1 of arXiv 2602.21321; empty outside the table.
   */
  public static Optional<String> table1(Algorithm algorithm, GridPoint point) {
    return entry(TABLE1, algorithm, point);
  }

  /**
   * The paper's Table 2 entry (FCN, e.g. "95.45±0.2") for {@code algorithm} (TT-v2, AGAD,
   * E-RIDER) at ('Ref Mean', 'Ref Std'), Table 2 of arXiv 2602.21321; empty outside the table.
   */
  public static Optional<String> table2(Algorithm algorithm, GridPoint point) {
    return entry(TABLE2, algorithm, point);
  }

  private static Optional<String> entry(String[][] table, Algorithm algorithm, GridPoint point) {
    int col = TABLE_REF_STDS.indexOf(point.refStd());
    for (String[] row : table) {
      if (col >= 0 && Double.parseDouble(row[0]) == point.refMean()
          && Algorithm.of(row[1]) == algorithm) {
        return Optional.of(row[2 + col]);
      }
    }
    return Optional.empty();
  }

  private static Claim add(String id, String experiment, String section, String statement,
      String paperValue) {
    Claim c = new Claim(id, experiment, section, statement, paperValue);
    ALL.add(c);
    return c;
  }

  /** Every claim, in report order. */
  public static List<Claim> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The claims checked by {@code experiment}. */
  public static List<Claim> of(String experiment) {
    return ALL.stream().filter(c -> c.experiment().equals(experiment)).toList();
  }

  /** The claim with this id. */
  public static Optional<Claim> byId(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
