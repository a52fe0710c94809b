package io.github.rider.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.experiments.sweep.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runners' comparison rule on hand-made replicates (deterministic). */
class DifferenceTest {

  @Test
  void unpairedDifferenceHasTheStandardErrorOfBothMeans() {
    // means 2 and 1; std 1 each over 3 values: se = sqrt(1/3 + 1/3)
    Difference d = Difference.of(List.of(1.0, 2.0, 3.0), List.of(0.0, 1.0, 2.0));
    assertThat(d.d()).isEqualTo(1.0);
    assertThat(d.se()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-15));
    assertThat(Summary.std(List.of(1.0, 2.0, 3.0))).isEqualTo(1.0);
    assertThat(Summary.standardError(List.of(1.0, 2.0, 3.0))).isCloseTo(1 / Math.sqrt(3),
        within(1e-15));
  }

  @Test
  void pairedDifferenceUsesTheSpreadOfThePairs() {
    // every pair differs by exactly 1: se 0 although each list spreads
    Difference d = Difference.paired(List.of(2.0, 5.0, 9.0), List.of(1.0, 4.0, 8.0));
    assertThat(d.d()).isEqualTo(1.0);
    assertThat(d.se()).isZero();
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void holdsAboveTwoStandardErrorsDoesNotHoldAtOrBelowZero() {
    assertThat(new Difference(0.5, 0.2).verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(new Difference(0.4, 0.2).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(new Difference(0.0, 0.2).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(new Difference(-1.0, 0.2).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    // a margin above 2 se decides instead
    assertThat(new Difference(0.5, 0.2).verdict(0.6)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(new Difference(0.7, 0.2).verdict(0.6)).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void oneReplicateIsNeverClearlyAboveOrBelow() {
    Difference one = Difference.of(List.of(0.9), List.of(0.1));
    assertThat(one.se()).isNaN();
    assertThat(one.clearlyPositive()).isFalse();
    assertThat(one.clearlyBelow(10)).isFalse();
    assertThat(one.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(new Difference(-0.1, Double.NaN).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void clearlyBelowIsTheUpperEndOfTheIntervalUnderTheBar() {
    assertThat(new Difference(5, 1).clearlyBelow(7.5)).isTrue();
    assertThat(new Difference(5, 1).clearlyBelow(7)).isFalse();
    assertThat(new Difference(5, 1).times(100).d()).isEqualTo(500);
  }
}
