package io.github.rider.verification.properties;

import io.github.rider.verification.stat.FalseFailureBound;
import io.github.rider.verification.stat.RejectionProbability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Every property and each of its mutants run with their default tries on many seeds, the tries
 * pooled: the evidence that each mutant is rejected on a run with probability at least
 * 1 - {@value #MISS} and that the lower limits on the median tightness add (almost) nothing to the
 * suite's false-failure probability. Bounds are one-sided Clopper-Pearson at {@value #CONFIDENCE}
 * confidence ({@link RejectionProbability}, {@link FalseFailureBound}).
 */
public final class MutantRejectionSweep {

  /** The allowed probability that a run does not reject a mutant. */
  public static final double MISS = 1e-3;

  /** Confidence of the Clopper-Pearson bounds. */
  public static final double CONFIDENCE = 0.999;

  private MutantRejectionSweep() {}

  /**
   * One mutant over {@code seeds} seeds. A "failing" try is one that fails the property's per-try
   * check, or, for {@link Mutation#BOUND_LOOSENED} (the median rule), one whose tightness is below
   * the property's lower limit on the median: a run of n tries misses the mutant only if at most m
   * of them fail (m = the binomial acceptance's quantile, 0 for a deterministic check, n/2 for the
   * median rule; tries that are not applicable count as not failing, and a run with fewer applicable
   * tries accepts at most m).
   *
   * @param property     the property's name
   * @param mutation     the mutant
   * @param seeds        runs pooled
   * @param rejectedRuns runs that rejected the mutant
   * @param failing      k, failing tries over all runs
   * @param measured     N, tries over all runs
   * @param tries        n, tries of one run (the property's default)
   * @param maxAccepted  m
   */
  public record MutantRow(String property, Mutation mutation, int seeds, int rejectedRuns, long failing, long measured,
      int tries, int maxAccepted) {

    /** Upper bound of the probability that a run misses this mutant. */
    public double missUpperBound() {
      return new RejectionProbability(failing, measured, CONFIDENCE).perRunMissUpperBound(tries, maxAccepted);
    }

    /** Whether the miss probability is demonstrated to be at most {@link #MISS}. */
    public boolean meetsTarget() {
      return missUpperBound() <= MISS;
    }

    /** One line for logs. */
    public String line() {
      return String.format(Locale.ROOT, "%s %s: rejected on %d of %d seeds; %d of %d tries failed%s; a run of %d tries"
          + " (accepting %d) misses it with probability %s (%.1f %% confidence)", property, mutation, rejectedRuns,
          seeds, failing, measured, mutation == Mutation.BOUND_LOOSENED ? " (below the median limit)" : "", tries,
          maxAccepted, atMost(missUpperBound()), 100 * CONFIDENCE);
    }

    /** The Java expression that records this row. */
    public String literal() {
      return String.format(Locale.ROOT, "new MutantRow(\"%s\", Mutation.%s, %d, %d, %d, %d, %d, %d)", property, mutation,
          seeds, rejectedRuns, failing, measured, tries, maxAccepted);
    }
  }

  /**
   * The real claim of a property over {@code seeds} seeds: how often its run failed, and for a
   * property with a lower limit on the median tightness ({@link Property#medianTightnessFloor()}),
   * how many tries fell below it. The limit fails a run only when more than half of its n tries do
   * (not applicable tries counted as below), so it adds at most P(Binomial(n, p_hi) &gt; n/2) to the
   * run's false-failure probability.
   *
   * @param property    the property's name
   * @param seeds       runs
   * @param failedRuns  runs of the real claim that failed
   * @param failingTries tries of the real claim that failed their per-try check, over all runs (a
   *                    stochastic property's tolerated failures: their rate estimates its per-try
   *                    false-failure probability)
   * @param floor       the lower limit on the median tightness (NaN: none)
   * @param below       tries below it (or not applicable) over all runs
   * @param measured    tries over all runs
   * @param tries       tries of one run
   */
  public record ClaimRow(String property, int seeds, int failedRuns, long failingTries, double floor, long below,
      long measured, int tries) {

    /** Upper bound of the probability that the median limit fails a run of a true claim (0 without a limit). */
    public double floorFalseFailure() {
      return Double.isNaN(floor) ? 0
          : new FalseFailureBound(below, measured, CONFIDENCE).perRunUpperBound(tries, tries / 2);
    }

    /** One line for logs. */
    public String line() {
      return String.format(Locale.ROOT, "%s: failed on %d of %d seeds, %d of %d tries failed%s", property, failedRuns,
          seeds, failingTries, measured,
          Double.isNaN(floor) ? "" : String.format(Locale.ROOT, "; %d of %d tries below the median limit %.2g; the"
              + " limit fails a run of %d tries with probability %s (%.1f %% confidence)", below, measured, floor,
              tries, atMost(floorFalseFailure()), 100 * CONFIDENCE));
    }

    /** The Java expression that records this row. */
    public String literal() {
      return String.format(Locale.ROOT, "new ClaimRow(\"%s\", %d, %d, %d, %s, %d, %d, %d)", property, seeds,
          failedRuns, failingTries, Double.isNaN(floor) ? "Double.NaN" : Double.toString(floor), below, measured, tries);
    }
  }

  /** The rows of one sweep. */
  public record Sweep(List<ClaimRow> claims, List<MutantRow> mutants) {
    public Sweep {
      claims = List.copyOf(claims);
      mutants = List.copyOf(mutants);
    }
  }

  /** "&lt;= p" with two digits, or "&lt; 1e-300" when p underflows to 0. */
  public static String atMost(double p) {
    return p == 0 ? "< 1e-300" : String.format(Locale.ROOT, "<= %.2g", p);
  }

  /** {@code n} run seeds drawn from {@code root} (the same as the seed sweep's). */
  public static long[] seeds(long root, int n) {
    SplittableRandom r = new SplittableRandom(root);
    long[] s = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = r.nextLong();
    }
    return s;
  }

  /** Runs every property of {@code properties} and each of its mutants on {@code seeds} seeds drawn from {@code root}. */
  public static Sweep run(List<Property> properties, long root, int seeds) {
    long[] s = seeds(root, seeds);
    List<ClaimRow> claims = new ArrayList<>();
    List<MutantRow> mutants = new ArrayList<>();
    for (Property p : properties) {
      int n = p.defaultTries();
      OptionalDouble floor = p.medianTightnessFloor();
      int failed = 0;
      long failing = 0;
      long below = 0;
      for (long seed : s) {
        PropertyResult r = p.run(n, seed);
        failed += r.holds() ? 0 : 1;
        failing += TryCounts.of(r).orElseThrow(() -> new IllegalStateException("no counts in " + r.verdict())).failing();
        if (floor.isPresent()) {
          below += r.tightness().countBelow(floor.getAsDouble()) + (n - r.tightness().count());
        }
      }
      claims.add(new ClaimRow(p.name(), seeds, failed, failing, floor.orElse(Double.NaN), below, (long) n * seeds, n));
      for (Mutation m : p.mutations()) {
        mutants.add(mutant(p, m, s));
      }
    }
    return new Sweep(claims, mutants);
  }

  private static MutantRow mutant(Property p, Mutation m, long[] seeds) {
    int n = p.defaultTries();
    long failing = 0;
    int rejected = 0;
    int maxAccepted = 0;
    for (long seed : seeds) {
      PropertyResult r = p.run(n, seed, m);
      rejected += r.holds() ? 0 : 1;
      if (m == Mutation.BOUND_LOOSENED) {
        double floor = p.medianTightnessFloor().orElseThrow(
            () -> new IllegalStateException(p.name() + " lists BOUND_LOOSENED without a median limit"));
        failing += r.tightness().countBelow(floor);
        maxAccepted = n / 2;
      } else {
        // a run counts its applicable tries only and accepts at most as many failures as a run of n tries
        TryCounts c = TryCounts.of(r).orElseThrow(() -> new IllegalStateException("no counts in " + r.verdict()));
        maxAccepted = p.falseFailureProbability() > 0 ? Verdicts.stochastic(n).maxFailures() : 0;
        if (c.tries() > n || c.maxAccepted() > maxAccepted) {
          throw new IllegalStateException(p.name() + " " + m + ": counts " + c + " do not fit a run of " + n + " tries");
        }
        failing += c.failing();
      }
    }
    return new MutantRow(p.name(), m, seeds.length, rejected, failing, (long) n * seeds.length, n, maxAccepted);
  }
}
