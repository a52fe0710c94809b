package io.github.rider.verification.stat;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * How surely a check rejects a broken variant (a mutant) on one run, from measured tries: a run of
 * n independent tries rejects when more than m of them fail (m = 0 for a deterministic check, the
 * binomial acceptance's quantile for a stochastic one). With k failing tries of N measured (pooled
 * over seeds), the per-try failure probability is at least the one-sided Clopper-Pearson lower
 * bound p_lo = Beta^-1(1 - confidence; k, N - k + 1), and a run rejects with probability at least
 * P(Binomial(n, p_lo) &gt; m), with the stated confidence.
 *
 * @param failingTries k, failing tries measured
 * @param measuredTries N, tries measured (&gt;= k, &gt;= 1)
 * @param confidence   of the lower bound, in (0, 1)
 */
public record RejectionProbability(long failingTries, long measuredTries, double confidence) {

  /** Absolute accuracy of the beta quantile (the solver's default, 1e-9, would blur per-run bounds near 1). */
  static final double INVERSE_ACCURACY = 1e-15;

  public RejectionProbability {
    if (measuredTries < 1 || failingTries < 0 || failingTries > measuredTries) {
      throw new IllegalArgumentException("need 0 <= k <= N, N >= 1, was k = " + failingTries + ", N = " + measuredTries);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }

  /** The Clopper-Pearson lower bound of the per-try failure probability (0 when k = 0). */
  public double perTryLowerBound() {
    if (failingTries == 0) {
      return 0;
    }
    return new BetaDistribution(null, failingTries, measuredTries - failingTries + 1, INVERSE_ACCURACY)
        .inverseCumulativeProbability(1 - confidence);
  }

  /** The lower bound of P(more than {@code maxAccepted} of {@code tries} tries fail), i.e. of rejection per run. */
  public double perRunLowerBound(int tries, int maxAccepted) {
    return 1 - perRunMissUpperBound(tries, maxAccepted);
  }

  /**
   * The upper bound of P(at most {@code maxAccepted} of {@code tries} tries fail), i.e. of a run
   * missing the mutant: P(Binomial(n, p_lo) &lt;= m), 1 when nothing failed or every try may fail.
   * Computed as the lower tail itself, P(X &lt;= m) = I_{1-p}(n - m, m + 1) (regularized incomplete
   * beta), so that values far below 1e-16 keep their precision.
   */
  public double perRunMissUpperBound(int tries, int maxAccepted) {
    if (tries < 1 || maxAccepted < 0) {
      throw new IllegalArgumentException("need tries >= 1 and maxAccepted >= 0, was " + tries + ", " + maxAccepted);
    }
    double p = perTryLowerBound();
    if (maxAccepted >= tries || p == 0) {
      return 1;
    }
    return Beta.regularizedBeta(1 - p, tries - maxAccepted, maxAccepted + 1.0);
  }
}
