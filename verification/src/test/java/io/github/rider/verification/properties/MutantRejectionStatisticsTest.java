package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.properties.MutantRejectionSweep.ClaimRow;
import io.github.rider.verification.properties.MutantRejectionSweep.MutantRow;
import io.github.rider.verification.properties.MutantRejectionSweep.Sweep;
import io.github.rider.verification.report.VerificationReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each mutant is rejected on a run with probability at least 1 - {@link MutantRejectionSweep#MISS}
 * (over the random draw of the run's seed), stated with 99.9 % confidence from its tries pooled over
 * -Drider.sweep.seeds seeds (default 10, drawn from -Drider.seed); every real claim holds on every
 * seed; and each lower limit on the median tightness fails a true claim with probability at most
 * {@value #FLOOR_FALSE_FAILURE} per run. Prints the rows and the Java literals that record them in
 * VERIFICATION.md (VerificationReport's pooled-sweep table). Long: tagged slow (deep profile).
 */
@Tag("slow")
class MutantRejectionStatisticsTest {

  /** The share of the suite's false-failure budget allowed to one median limit. */
  static final double FLOOR_FALSE_FAILURE = 1e-6;

  @Test
  void everyMutantIsRejectedWithProbabilityAtLeastOneMinus1e3PerRun() {
    int seeds = Integer.getInteger("rider.sweep.seeds", 10);
    long root = SuiteSettings.fromSystemProperties().seed();
    Sweep sweep = MutantRejectionSweep.run(VerificationReport.properties(), root, seeds);
    System.out.println("pooled sweep, root seed " + root + ", " + seeds + " seeds:");
    sweep.claims().forEach(c -> System.out.println(c.line()));
    sweep.mutants().forEach(m -> System.out.println(m.line()));
    sweep.claims().forEach(c -> System.out.println(c.literal() + ","));
    sweep.mutants().forEach(m -> System.out.println(m.literal() + ","));
    assertThat(sweep.mutants()).filteredOn(m -> !m.meetsTarget()).extracting(MutantRow::line).isEmpty();
    assertThat(sweep.claims()).filteredOn(c -> c.failedRuns() > 0 || c.floorFalseFailure() > FLOOR_FALSE_FAILURE)
        .extracting(ClaimRow::line).isEmpty();
  }
}
