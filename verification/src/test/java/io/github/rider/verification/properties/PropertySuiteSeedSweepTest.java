package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every property over many random seeds (-Drider.sweep.seeds, default 40, drawn from
 * -Drider.seed): each must hold and each of its mutants must be rejected on every seed, the check
 * that the suite is not flaky and that its mutants are rejected with high probability. Prints a
 * line per property with the worst tightness seen. Long: tagged slow (deep profile).
 */
@Tag("slow")
class PropertySuiteSeedSweepTest {

  @Test
  void everyPropertyHoldsAndEveryMutantIsRejectedOnEverySeed() {
    int seeds = Integer.getInteger("rider.sweep.seeds", 40);
    SplittableRandom root = new SplittableRandom(SuiteSettings.fromSystemProperties().seed());
    long[] s = new long[seeds];
    for (int i = 0; i < seeds; i++) {
      s[i] = root.nextLong();
    }
    List<String> unexpected = new ArrayList<>();
    for (Property p : VerificationReport.properties()) {
      int failed = 0;
      int escaped = 0;
      double minMedian = Double.POSITIVE_INFINITY;
      for (long seed : s) {
        PropertyResult r = p.run(p.defaultTries(), seed);
        System.out.printf("%s seed %d: %s, median tightness %.3g%n", p.name(), seed, r.holds() ? "holds" : "FAILS",
            r.tightness().median());
        minMedian = Math.min(minMedian, r.tightness().median());
        if (!r.holds()) {
          failed++;
          unexpected.add(r.summary());
        }
        for (Mutation m : p.mutations()) {
          PropertyResult b = p.run(p.defaultTries(), seed, m);
          if (b.holds()) {
            escaped++;
            unexpected.add("mutant not rejected: " + b.summary());
          }
        }
      }
      System.out.printf("%s: %d of %d seeds failed, %d mutant runs of %d not rejected, smallest median tightness %.3g%n",
          p.name(), failed, seeds, escaped, seeds * p.mutations().size(), minMedian);
    }
    assertThat(unexpected).isEmpty();
  }
}
