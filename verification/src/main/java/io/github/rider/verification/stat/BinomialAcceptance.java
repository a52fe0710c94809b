package io.github.rider.verification.stat;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * "Fail only past a binomial quantile": R seeded trials of a check that, when the claim under
 * test is true, fails each trial with probability at most {@code perTrialFailure}. The suite
 * fails only if the number of failing trials exceeds the smallest k with
 * P(Binomial(R, perTrialFailure) &gt; k) &lt;= {@code falseFailureProbability}; so a true claim is
 * rejected with probability at most {@code falseFailureProbability}.
 *
 * <p>Example (Apache Commons Statistics' convention): 500 chi-square tests at 1 % per test, suite
 * false-failure 1e-3: fail only above 12 failures.
 *
 * @param trials                  number of independent trials R (&gt;= 1)
 * @param perTrialFailure         failure probability of one trial under the claim, in [0, 1)
 * @param falseFailureProbability allowed probability of rejecting a true claim, in (0, 1)
 */
public record BinomialAcceptance(int trials, double perTrialFailure, double falseFailureProbability) {

  public BinomialAcceptance {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1, was " + trials);
    }
    if (!(perTrialFailure >= 0 && perTrialFailure < 1)) {
      throw new IllegalArgumentException("perTrialFailure must be in [0, 1), was " + perTrialFailure);
    }
    if (!(falseFailureProbability > 0 && falseFailureProbability < 1)) {
      throw new IllegalArgumentException(
          "falseFailureProbability must be in (0, 1), was " + falseFailureProbability);
    }
  }

  /** The largest number of failing trials that is still accepted. */
  public int maxFailures() {
    if (perTrialFailure == 0) {
      return 0;
    }
    BinomialDistribution b = new BinomialDistribution(null, trials, perTrialFailure);
    for (int k = 0; k <= trials; k++) {
      if (1 - b.cumulativeProbability(k) <= falseFailureProbability) {
        return k;
      }
    }
    return trials;
  }

  /** Whether {@code failures} failing trials are acceptable. */
  public boolean accepts(int failures) {
    return failures <= maxFailures();
  }

  /** A message naming the counts and the false-failure probability, for assertion output. */
  public String describe(int failures) {
    return String.format(
        "%d of %d trials failed; accepted up to %d (per-trial failure %.3g under the claim, "
            + "false-failure probability of this check <= %.3g)",
        failures, trials, maxFailures(), perTrialFailure, falseFailureProbability);
  }
}
