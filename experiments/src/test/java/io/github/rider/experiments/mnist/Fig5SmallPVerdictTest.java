package io.github.rider.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.sweep.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pre-registered rule of fig5's claim on hand-made replicate accuracies (deterministic). */
class Fig5SmallPVerdictTest {

  private static Verdict verdict(Map<Double, List<Double>> byP) {
    return Fig5ChopperProbability.judge(byP, true, new HashMap<>()).verdict();
  }

  @Test
  void holdsWhenTheBestSmallPBeatsZeroByMoreThanTwoStandardErrors() {
    // d = 0.05, se = sqrt(2) * 0.01 / sqrt(3) ~ 0.0082: d > 2 se
    assertThat(verdict(Map.of(0.0, List.of(0.89, 0.90, 0.91), 0.05, List.of(0.94, 0.95, 0.96),
        0.2, List.of(0.80, 0.81, 0.82)))).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void inconclusiveWhenTheGainIsWithinTwoStandardErrors() {
    // d = 0.01, se ~ 0.058 (replicates spread by 0.1)
    assertThat(verdict(Map.of(0.0, List.of(0.80, 0.90, 1.0), 0.05, List.of(0.81, 0.91, 0.99))))
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void doesNotHoldWhenNoPositivePBeatsZeroOnAverage() {
    assertThat(verdict(Map.of(0.0, List.of(0.95, 0.96), 0.01, List.of(0.90, 0.91),
        0.05, List.of(0.94, 0.95)))).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void brokenVariantComparingTheWrongWayWouldFail() {
    // swapping the roles of p = 0 and p > 0 turns a clear win into "does not hold"
    assertThat(verdict(Map.of(0.0, List.of(0.94, 0.95, 0.96), 0.05, List.of(0.89, 0.90, 0.91))))
        .isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void inconclusiveWhenNoChopperEverFlipped() {
    // the same clear win as above, but p never acted (runs shorter than one chopper period)
    assertThat(Fig5ChopperProbability.judge(Map.of(0.0, List.of(0.89, 0.90, 0.91), 0.05,
        List.of(0.94, 0.95, 0.96)), false, new HashMap<>()).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void inconclusiveWithOneReplicateOrWithoutPZero() {
    assertThat(verdict(Map.of(0.0, List.of(0.5), 0.05, List.of(0.9))))
        .isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(verdict(Map.of(0.05, List.of(0.9, 0.91)))).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
