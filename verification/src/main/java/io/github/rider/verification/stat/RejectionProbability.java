package io.github.rider.verification.stat;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;

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
    return new BetaDistribution(null, failingTries, measuredTries - failingTries + 1)
        .inverseCumulativeProbability(1 - confidence);
  }

  /** The lower bound of P(more than {@code maxAccepted} of {@code tries} tries fail), i.e. of rejection per run. */
  public double perRunLowerBound(int tries, int maxAccepted) {
    if (tries < 1 || maxAccepted < 0) {
      throw new IllegalArgumentException("need tries >= 1 and maxAccepted >= 0, was " + tries + ", " + maxAccepted);
    }
    if (maxAccepted >= tries) {
      return 0;
    }
    double p = perTryLowerBound();
    if (p == 0) {
      return 0;
    }
    // 1 - P(X <= m), computed as the upper tail to keep precision near 1
    BinomialDistribution b = new BinomialDistribution(null, tries, p);
    double lowerTail = b.cumulativeProbability(maxAccepted);
    return 1 - lowerTail;
  }
}
