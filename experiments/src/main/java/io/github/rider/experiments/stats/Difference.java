package io.github.rider.experiments.stats;

import io.github.rider.experiments.sweep.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A difference of means d with its standard error se, and the pre-registered rule of the
 * runners that turns it into a verdict: <b>holds</b> if d &gt; 2 se (and above a margin, where a
 * claim has one), <b>does not hold</b> if d &lt;= 0, <b>inconclusive</b> otherwise. With fewer
 * than 2 replicates se is NaN and d is never "clearly" above or below anything.
 *
 * @param d  the difference of means
 * @param se its standard error (NaN below 2 replicates)
 */
public record Difference(double d, double se) {

  /** The rule of {@link #verdict()} in words, for a claim's criterion text. */
  public static final String RULE = "Holds if d > 2 se; does not hold if d <= 0";

  /**
   * Unpaired: d = mean(a) - mean(b), se = sqrt(se_a^2 + se_b^2) with se_x the standard error of
   * the mean of x ({@link Summary#standardError}).
   */
  public static Difference of(List<Double> a, List<Double> b) {
    double sa = Summary.standardError(a);
    double sb = Summary.standardError(b);
    return new Difference(Summary.mean(a) - Summary.mean(b), Math.sqrt(sa * sa + sb * sb));
  }

  /**
   * Paired by index (same devices, weights and data order): with d_i = a_i - b_i, d = mean(d_i)
   * and se the standard error of that mean.
   */
  public static Difference paired(List<Double> a, List<Double> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("paired lists must have equal sizes, were " + a.size()
          + " and " + b.size());
    }
    List<Double> diffs = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      diffs.add(a.get(i) - b.get(i));
    }
    return new Difference(Summary.mean(diffs), Summary.standardError(diffs));
  }

  /** This difference in other units (e.g. 100 for percentage points). */
  public Difference times(double factor) {
    return new Difference(factor * d, factor * se);
  }

  /** Whether d &gt; 2 se: clearly above 0 (false without se). */
  public boolean clearlyPositive() {
    return d > 2 * se;
  }

  /** Whether d + 2 se &lt; x: clearly below x (false without se). */
  public boolean clearlyBelow(double x) {
    return d + 2 * se < x;
  }

  /** {@link #RULE}: holds if d &gt; 2 se, does not hold if d &lt;= 0, else inconclusive. */
  public Verdict verdict() {
    return verdict(0);
  }

  /**
   * Holds if d &gt; max(2 se, margin), does not hold if d &lt;= 0, else inconclusive.
   *
   * @param margin the smallest difference that counts (&gt;= 0)
   */
  public Verdict verdict(double margin) {
    if (d > Math.max(2 * se, margin)) {
      return Verdict.HOLDS;
    }
    return d <= 0 ? Verdict.DOES_NOT_HOLD : Verdict.INCONCLUSIVE;
  }
}
