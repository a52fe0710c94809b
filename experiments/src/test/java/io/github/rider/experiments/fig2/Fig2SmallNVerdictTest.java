package io.github.rider.experiments.fig2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.sweep.Verdict;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pre-registered rule of fig2's claim on hand-made final losses (deterministic). */
class Fig2SmallNVerdictTest {

  private static Verdict verdict(List<Double> gt, List<Double> small) {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    m.put("gt", gt);
    m.put("zs500", small);
    m.put("zs4000", gt);
    return Fig2ZsEstimatedReferences.judge(m, "zs500", new HashMap<>()).verdict();
  }

  @Test
  void holdsWhenTheSmallestNIsWorseByMoreThanTwoStandardErrorsAndTenPercent() {
    // d = 0.3 in every replicate (se = 0), 10 % of L_gt = 0.05
    assertThat(verdict(List.of(0.5, 0.5, 0.5), List.of(0.8, 0.8, 0.8)))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void holdsWhenEverySmallestNRunDiverged() {
    assertThat(verdict(List.of(0.5), List.of(Double.NaN))).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void inconclusiveWhenTheDegradationIsBelowTenPercent() {
    // d = 0.02 < 0.05 = 10 % of L_gt, although d > 2 se (se = 0)
    assertThat(verdict(List.of(0.5, 0.5), List.of(0.52, 0.52))).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void doesNotHoldWhenTheSmallestNIsNotWorse() {
    assertThat(verdict(List.of(0.5, 0.6), List.of(0.45, 0.6))).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void brokenVariantComparingTheWrongWayWouldFail() {
    // the clear degradation above with the roles swapped: the ground truth worse
    assertThat(verdict(List.of(0.8, 0.8, 0.8), List.of(0.5, 0.5, 0.5)))
        .isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void inconclusiveWithOneReplicateOrWhenTheGroundTruthDidNotTrain() {
    assertThat(verdict(List.of(0.5), List.of(1.5))).isEqualTo(Verdict.INCONCLUSIVE);
    // ln 10 = 2.303: the ground truth stayed at a uniform guess
    assertThat(verdict(List.of(2.25, 2.26), List.of(2.9, 2.95))).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
