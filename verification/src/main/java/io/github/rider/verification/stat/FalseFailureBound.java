package io.github.rider.verification.stat;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * How rarely a true claim fails a run, from measured tries: a run of n independent tries fails when
 * more than m of them fall on the wrong side (e.g. below a lower limit on the median tightness,
 * m = floor(n/2)). With k such tries of N measured (pooled over seeds), the per-try probability is
 * at most the one-sided Clopper-Pearson upper bound p_hi = Beta^-1(confidence; k + 1, N - k), and a
 * run fails with probability at most P(Binomial(n, p_hi) &gt; m), with the stated confidence.
 *
 * @param wrongTries   k, tries measured on the wrong side
 * @param measuredTries N, tries measured (&gt;= k, &gt;= 1)
 * @param confidence   of the upper bound, in (0, 1)
 */
public record FalseFailureBound(long wrongTries, long measuredTries, double confidence) {

  public FalseFailureBound {
    if (measuredTries < 1 || wrongTries < 0 || wrongTries > measuredTries) {
      throw new IllegalArgumentException("need 0 <= k <= N, N >= 1, was k = " + wrongTries + ", N = " + measuredTries);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }

  /** The Clopper-Pearson upper bound of the per-try probability (1 when k = N; 1 - (1 - c)^(1/N) when k = 0). */
  public double perTryUpperBound() {
    if (wrongTries == measuredTries) {
      return 1;
    }
    return new BetaDistribution(null, wrongTries + 1, measuredTries - wrongTries,
        RejectionProbability.INVERSE_ACCURACY).inverseCumulativeProbability(confidence);
  }

  /** The upper bound of P(more than {@code maxAccepted} of {@code tries} tries are on the wrong side). */
  public double perRunUpperBound(int tries, int maxAccepted) {
    if (tries < 1 || maxAccepted < 0) {
      throw new IllegalArgumentException("need tries >= 1 and maxAccepted >= 0, was " + tries + ", " + maxAccepted);
    }
    if (maxAccepted >= tries) {
      return 0;
    }
    double p = perTryUpperBound();
    if (p >= 1) {
      return 1;
    }
    // the upper tail itself, P(X > m) = I_p(m + 1, n - m), to keep its precision far below 1e-16
    return Beta.regularizedBeta(p, maxAccepted + 1.0, tries - maxAccepted);
  }
}
