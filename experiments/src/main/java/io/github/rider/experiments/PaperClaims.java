package io.github.rider.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The paper's claims that the experiments check, in one place: the only text of the report that
 * is typed by hand. Each claim quotes or paraphrases the paper as recorded in the project's
 * specification {@code ../shared/spec/paper.md} and cites its section there. Everything else in
 * {@code report.md} is generated from the results.
 */
public final class PaperClaims {

  /**
   * One claim of the paper.
   *
   * @param id         stable id, "experiment.short-name"
   * @param experiment the runner that checks it (its subcommand name)
   * @param section    where the claim is recorded in spec/paper.md
   * @param statement  the paper's statement
   * @param paperValue the paper's number, or "-" when it states no number
   */
  public record Claim(String id, String experiment, String section, String statement,
      String paperValue) {}

  private static final List<Claim> ALL = new ArrayList<>();

  /** Fig. 1(a): ZS accuracy versus pulse budget. */
  public static final Claim FIG1A_PULSES_FOR_1PCT = add("fig1a.pulses-for-1pct", "fig1a",
      "spec/paper.md §4.2 (Fig. 1a)",
      "ZS on a 512x512 array of a 2000-state SoftBounds device (d2d of eq. 104), N in "
          + "{500, 1000, 2000, 4000, 8000}: reaching 1 % relative error takes more than 2000 "
          + "pulses.",
      "> 2000 pulses for 1 % relative error");

  /** Fig. 1(b): pulses needed versus dw_min. */
  public static final Claim FIG1B_INVERSE_LINEAR = add("fig1b.inverse-linear", "fig1b",
      "spec/paper.md §4.2 (Fig. 1b), §3.2 (Theorem 2.2)",
      "The smallest N of the doubling schedule {200, 500, 1e3, 2e3, ...} with relative error of "
          + "the estimated SP mean <= 1 % grows near-inverse-linearly as dw_min shrinks from "
          + "5e-3 to 1.6e-6, matching Theorem 2.2 (N = O(1/(delta dw_min))).",
      "N ~ 1/dw_min (log-log slope -1)");

  /** Fig. 2: residual learning with ZS-estimated SPs. */
  public static final Claim FIG2_SMALL_N_DEGRADES = add("fig2.small-n-degrades", "fig2",
      "spec/paper.md §4.3 (Fig. 2)",
      "LeNet-5 on MNIST with TT-v1: SPs estimated by ZS with smaller N cause significant "
          + "training-loss degradation and even non-convergence, compared with the ground-truth "
          + "SP.",
      "-");

  /** Fig. 4 (left): total pulse cost, E-RIDER versus ZS + TT-v2. */
  public static final Claim FIG4_ERIDER_LOWEST = add("fig4.erider-lowest", "fig4",
      "spec/paper.md §4.5 (Fig. 4 left)",
      "Total pulses (calibration + epochs x ceil(n/B) x BL, B = 64, BL = 5) to reach training "
          + "loss <= 0.2 on LeNet-5 MNIST: E-RIDER has the lowest total pulse cost in all "
          + "number-of-states settings.",
      "-");

  /** Fig. 4 (left): ZS with too few pulses fails at many states. */
  public static final Claim FIG4_ZS_FAILS = add("fig4.zs-4000-fails-2000-states", "fig4",
      "spec/paper.md §4.5 (Fig. 4 left)",
      "For 2000 states, ZS with N = 4000 followed by TT-v2 fails to reach the target loss.",
      "fails");

  /** Fig. 5: chopper probability. */
  public static final Claim FIG5_SMALL_P = add("fig5.small-p-beats-zero", "fig5",
      "spec/paper.md §4.10 (Fig. 5, App. F.4), §4.1",
      "E-RIDER test accuracy on MNIST-FCN after 50 epochs: a small chopper probability p > 0 "
          + "substantially beats p = 0 (RIDER).",
      "-");

  /** Table 1: LeNet-5. */
  public static final Claim TABLE1_ERIDER_BEST = add("table1.erider-best", "table1",
      "spec/paper.md §4.7 (Table 1)",
      "LeNet-5 MNIST test accuracy over Ref Mean {0, 0.2, 0.3, 0.4} x Ref Std {0.05, ..., 1.0}: "
          + "E-RIDER has the highest mean accuracy of TT-v2, AGAD and E-RIDER in every cell.",
      "24 of 24 cells (e.g. 93.75±0.1 at mean 0, std 0.05)");

  /** Table 2: FCN. */
  public static final Claim TABLE2_ERIDER_BEST = add("table2.erider-best", "table2",
      "spec/paper.md §4.8 (Table 2)",
      "FCN MNIST test accuracy over the same grid: E-RIDER has the highest mean accuracy in "
          + "every cell.",
      "24 of 24 cells (e.g. 95.45±0.2 at mean 0, std 0.05)");

  /** Theorem 3.7: E_K rate. */
  public static final Claim RATES_EK_SLOPE = add("rates.ek-slope", "rates",
      "spec/paper.md §3.7 (Theorem 3.7, eq. 15)",
      "With alpha = Theta(1/sqrt(K)), beta = Theta(alpha gamma mu), eta = Theta(alpha mu): "
          + "E_K <= O(kappa1 kappa2^5 / sqrt(K)) + Theta(dw_min), i.e. E_K falls like K^(-1/2) "
          + "down to a floor.",
      "slope -1/2 (log E_K vs log K), then a floor");

  /** Theorem 3.7: the floor. */
  public static final Claim RATES_FLOOR = add("rates.floor-proportional", "rates",
      "spec/paper.md §3.7 (Theorem 3.7), §3.1 (Assumption 3.4)",
      "The error floor is Theta(dw_min): proportional to the response granularity.",
      "floor ~ dw_min (log-log slope 1)");

  /** Corollary 3.9: pulse complexity and crossover. */
  public static final Claim RATES_CROSSOVER = add("rates.pulse-crossover", "rates",
      "spec/paper.md §3.9 (Corollary 3.9)",
      "To reach accuracy delta, RIDER needs O(delta^-2) pulses and the two-stage baseline "
          + "(ZS + residual learning) O(delta^-2 + delta^-1 dw_min^-1): RIDER needs fewer pulses "
          + "when delta > Theta(dw_min).",
      "RIDER cheaper for delta above a crossover Theta(dw_min)");

  private PaperClaims() {}

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
