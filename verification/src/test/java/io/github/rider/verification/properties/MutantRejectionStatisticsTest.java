package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.report.VerificationReport;
import io.github.rider.verification.stat.RejectionProbability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each mutant is rejected on a run with probability at least 1 - {@value #MISS} (over the random
 * draw of the run's seed), stated with 99.9 % confidence: its failing tries are pooled over
 * -Drider.sweep.seeds seeds (default 10, drawn from -Drider.seed), the per-try failure probability
 * is bounded below by Clopper-Pearson, and a run of the default tries rejects when more than the
 * accepted number fail ({@link RejectionProbability}). Mutants rejected by a lower limit on the
 * median tightness ({@link Mutation#BOUND_LOOSENED}) have tightness exactly half that of the real
 * run on the same instances, which is at most 1 on every try where the bound holds; they are
 * rejected whenever at least half of the real tries are within 2 x floor of their bound (0.6 or
 * 0.8 to 1.2 or 1.6), and are asserted rejected on every seed. Long: tagged slow (deep profile).
 */
@Tag("slow")
class MutantRejectionStatisticsTest {

  /** The allowed probability that a run does not reject a mutant. */
  static final double MISS = 1e-3;

  @Test
  void everyMutantIsRejectedWithProbabilityAtLeastOneMinus1e3PerRun() {
    int seeds = Integer.getInteger("rider.sweep.seeds", 10);
    SplittableRandom root = new SplittableRandom(SuiteSettings.fromSystemProperties().seed());
    long[] s = new long[seeds];
    for (int i = 0; i < seeds; i++) {
      s[i] = root.nextLong();
    }
    List<String> weak = new ArrayList<>();
    for (Property p : VerificationReport.properties()) {
      for (Mutation m : p.mutations()) {
        long failing = 0;
        long measured = 0;
        int maxAccepted = 0;
        int notRejected = 0;
        for (long seed : s) {
          PropertyResult r = p.run(p.defaultTries(), seed, m);
          TryCounts c = TryCounts.of(r).orElseThrow(() -> new AssertionError("no counts in " + r.verdict()));
          failing += c.failing();
          measured += c.tries();
          maxAccepted = c.maxAccepted();
          notRejected += r.holds() ? 1 : 0;
        }
        String line;
        if (m == Mutation.BOUND_LOOSENED) {
          line = String.format(Locale.ROOT, "%s %s: rejected on %d of %d seeds by the median rule", p.name(), m,
              seeds - notRejected, seeds);
          if (notRejected > 0) {
            weak.add(line);
          }
        } else {
          double perRun = new RejectionProbability(failing, measured, 0.999).perRunLowerBound(p.defaultTries(),
              maxAccepted);
          line = String.format(Locale.ROOT, "%s %s: %d of %d tries failed over %d seeds; a run of %d tries (accepting"
              + " %d) rejects with probability >= %.6f (99.9 %% confidence)", p.name(), m, failing, measured, seeds,
              p.defaultTries(), maxAccepted, perRun);
          if (perRun < 1 - MISS) {
            weak.add(line);
          }
        }
        System.out.println(line);
      }
    }
    assertThat(weak).isEmpty();
  }
}
