package io.github.rider.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.properties.Lemma3_10Property;
import io.github.rider.verification.properties.Mutation;
import io.github.rider.verification.properties.Property;
import io.github.rider.verification.properties.PropertyResult;
import io.github.rider.verification.properties.SuiteSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report lists every property with tightness and verdict, and flags unexpected outcomes. */
class VerificationReportTest {

  private static List<PropertyResult> lemma310(int tries) {
    Property p = new Lemma3_10Property();
    List<PropertyResult> out = new ArrayList<>();
    out.add(p.run(tries, 7));
    for (Mutation m : p.mutations()) {
      out.add(p.run(tries, 7, m));
    }
    return out;
  }

  @Test
  void markdownHasSummaryRowDetailsAndCoverage() {
    List<PropertyResult> results = lemma310(20);
    String md = VerificationReport.markdown(results, 1, 7);
    assertThat(VerificationReport.allAsExpected(results)).isTrue();
    assertThat(md).contains("# VERIFICATION").contains("| Lemma 3.10 |").contains("MISSING_EMA rejected")
        .contains("Verdicts per result: 1 hold, 0 violated").contains("every property check behaves as designed")
        .contains("seed 7").contains("## Not checked by simulation").contains("Corollary 3.9")
        .doesNotContain("every property holds");
  }

  /** The PIT summary lists every run with its score, commit and date. */
  @Test
  void mutationSectionTabulatesThePitRuns() {
    String md = VerificationReport.markdown(lemma310(5), 1, 7);
    for (VerificationReport.PitRun r : VerificationReport.PIT_RUNS) {
      assertThat(md).contains("| " + r.module() + " | " + r.mutants() + " | " + r.killed() + " | " + r.survived()
          + " | " + r.noCoverage() + " | " + Math.round(100 * r.score()) + " % |");
      assertThat(r.killed() + r.survived() + r.noCoverage()).as(r.module()).isEqualTo(r.mutants());
    }
  }

  /** A known counterexample goes to the top and overrides the passing check of its result. */
  @Test
  void counterexampleIsReportedAboveTheTableAndOverridesAPassingCheck() {
    List<PropertyResult> results = lemma310(20);
    String md = VerificationReport.markdown(results, List.of(new Counterexample("Lemma 3.10", "an instance", "a file")),
        1, 7);
    assertThat(md).contains("0 hold, 1 violated").contains("violated (counterexample: an instance). Evidence: a file.")
        .contains("| Lemma 3.10 |").contains("**violated** (see Contradictions)");
    assertThat(md).contains("1 violated (Lemma 3.10: a counterexample to the paper's statement)")
        .contains("`rider verify` exits 0 (a counterexample to the paper is a finding about the paper, not a failure of"
            + " rider's code)");
    assertThat(md.indexOf("## Contradictions")).isLessThan(md.indexOf("| result |"));
    assertThat(md).doesNotContain("- verdict on the result: holds");
  }

  /** A failing check makes its result violated, with the failing evidence. */
  @Test
  void failingCheckMakesTheResultViolated() {
    List<PropertyResult> results = lemma310(20);
    PropertyResult r = results.get(0);
    results.set(0, new PropertyResult(r.name(), r.reference(), r.implementation(), r.checked(), r.ranges(), r.mutation(),
        r.tries(),
        r.seed(), r.tightness(), false, "1 of 20 tries failed", List.of("try 3: 0.5 vs 0.4")));
    List<ResultVerdict> v = VerificationReport.verdicts(results, List.of());
    assertThat(v.get(0).text()).isEqualTo("violated (counterexample: the suite's check fails: 1 of 20 tries failed;"
        + " try 3: 0.5 vs 0.4)");
    assertThat(ResultVerdict.count(v, ResultVerdict.Kind.NOT_COVERED)).isEqualTo(VerificationReport.NOT_SIMULATED.length);
    assertThat(VerificationReport.topLine(results, v, List.of())).contains("1 violated (Lemma 3.10: its check fails)")
        .contains("NOT as designed").contains("`rider verify` exits 5.");
  }

  /** The Theorem 3.7 counterexample of docs/theorem-3.7.md is reproduced when the report is written. */
  @Test
  void theTheorem37CounterexampleIsReproduced() {
    List<Counterexample> known = VerificationReport.counterexamples();
    assertThat(known).extracting(Counterexample::result).containsExactly("Theorem 3.7");
    assertThat(known.get(0).summary()).contains("K = 64000");
    assertThat(known.get(0).evidence()).contains("docs/theorem-3.7.md");
  }

  /** A mutation that is not rejected (here: a property result with the verdict flipped) is flagged. */
  @Test
  void unexpectedOutcomeIsFlagged() {
    List<PropertyResult> results = lemma310(20);
    PropertyResult m = results.get(1);
    results.set(1, new PropertyResult(m.name(), m.reference(), m.implementation(), m.checked(), m.ranges(), m.mutation(), m.tries(),
        m.seed(), m.tightness(), true, m.verdict(), m.notes()));
    assertThat(VerificationReport.allAsExpected(results)).isFalse();
    assertThat(VerificationReport.markdown(results, 1, 7)).contains("NOT rejected").contains("NOT as expected");
  }

  @Test
  void everyPropertyHasAtLeastOneMutation() {
    for (Property p : VerificationReport.properties()) {
      assertThat(p.mutations()).as(p.name()).isNotEmpty();
    }
  }

  /** The whole suite through the report path (what `rider verify --report` runs). */
  /**
   * The recorded pooled sweep is that of the suite as it is: a row for every property and every
   * mutant at its current default tries, every mutant meeting the 1 - 1e-3 target, every real claim
   * passing on every seed. Changing tries or mutants needs a new sweep.
   */
  @Test
  void recordedSweepCoversTheSuiteAtItsCurrentTries() {
    String rerun = "the recorded sweep is stale: run MutantRejectionStatisticsTest (deep profile) and record the rows"
        + " it prints in VerificationReport (POOLED_SWEEP, POOLED_CLAIMS, POOLED_MUTANTS)";
    int mutants = 0;
    for (Property p : VerificationReport.properties()) {
      assertThat(VerificationReport.POOLED_CLAIMS).as(rerun).filteredOn(c -> c.property().equals(p.name()))
          .singleElement().satisfies(c -> {
            assertThat(c.tries()).as(rerun).isEqualTo(p.defaultTries());
            assertThat(c.seeds()).isEqualTo(VerificationReport.POOLED_SWEEP.seeds());
            assertThat(c.failedRuns()).isZero();
            assertThat(Double.compare(c.floor(), p.medianTightnessFloor().orElse(Double.NaN))).isZero();
          });
      for (Mutation m : p.mutations()) {
        mutants++;
        assertThat(VerificationReport.POOLED_MUTANTS).as(rerun + " (" + p.name() + " " + m + ")")
            .filteredOn(r -> r.property().equals(p.name()) && r.mutation() == m).singleElement().satisfies(r -> {
              assertThat(r.tries()).as(rerun).isEqualTo(p.defaultTries());
              assertThat(r.seeds()).isEqualTo(VerificationReport.POOLED_SWEEP.seeds());
              assertThat(r.meetsTarget()).as(r.line()).isTrue();
            });
      }
    }
    assertThat(VerificationReport.POOLED_CLAIMS).hasSize(VerificationReport.properties().size());
    assertThat(VerificationReport.POOLED_MUTANTS).hasSize(mutants);
  }

  /** Stochastic properties plus the median limits' measured share stay within the suite's stated 1e-4. */
  @Test
  void suiteFalseFailureIsComposedWithinItsStatedBound() {
    double properties = VerificationReport.properties().stream().mapToDouble(Property::falseFailureProbability).sum();
    assertThat(VerificationReport.suiteFalseFailure()).isGreaterThanOrEqualTo(properties)
        .isLessThanOrEqualTo(SuiteSettings.SUITE_FALSE_FAILURE);
    assertThat(VerificationReport.statistics()).contains("Union bound").contains("| Theorem 3.7 | STEP_SIZE_DOUBLED |");
  }

  @Tag("slow")
  @Test
  void writesTheFullReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("VERIFICATION.md");
    List<PropertyResult> results = VerificationReport.write(out, 1, 20260221L);
    assertThat(VerificationReport.allAsExpected(results)).isTrue();
    assertThat(Files.readString(out)).contains("Theorem C.2").contains("Theorem 3.7");
  }
}
