package io.github.rider.experiments.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Corollary 3.9's shape: RIDER cheaper at large delta, two-stage at small delta. */
class CrossoverClaimTest {

  private static Map<Double, Double> costs(double... deltaCost) {
    Map<Double, Double> m = new TreeMap<>();
    for (int i = 0; i < deltaCost.length; i += 2) {
      m.put(deltaCost[i], deltaCost[i + 1]);
    }
    return m;
  }

  private static Verdict verdict(Map<Double, Double> erider, Map<Double, Double> twoStage) {
    return RatesRunner.crossoverClaim(erider, costs(), twoStage, new HashMap<>()).verdict();
  }

  @Test
  void oneCrossoverWithRiderCheaperAtLargeDeltaHolds() {
    Map<Double, Double> erider = costs(0.5, 100, 0.2, 400, 0.1, 1600);
    Map<Double, Double> twoStage = costs(0.5, 900, 0.2, 1000, 0.1, 1200);
    assertThat(verdict(erider, twoStage)).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void twoStageCheaperAtTheLargestDeltaDoesNotHold() {
    Map<Double, Double> erider = costs(0.5, 1000, 0.2, 400, 0.1, 300);
    Map<Double, Double> twoStage = costs(0.5, 900, 0.2, 1000, 0.1, 1200);
    assertThat(verdict(erider, twoStage)).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void nothingReachedByBothIsInconclusive() {
    Map<Double, Double> erider = costs(0.5, 100, 0.2, Double.NaN);
    Map<Double, Double> twoStage = costs(0.5, Double.NaN, 0.2, 50);
    assertThat(verdict(erider, twoStage)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  private static Verdict setupB(String violated) {
    List<Row> rows = new ArrayList<>();
    for (int rep = 0; rep < 3; rep++) {
      rows.add(new Row().put("part", "theory-b").put("replicate", rep).put("cStar", 0.4)
          .put("cStarThreshold", 0.2).put("violated", rep == 1 ? violated : ""));
    }
    return RatesRunner.crossoverClaimSetupB(rows, costs(0.5, 100, 0.2, 400, 0.1, 1600),
        costs(0.5, 900, 0.2, 1000, 0.1, 1200), new HashMap<>()).verdict();
  }

  @Test
  void setupBIsJudgedOnlyInsideTheoremThreeSevensAssumptions() {
    assertThat(setupB("")).isEqualTo(Verdict.HOLDS);
    assertThat(setupB("eta <= alpha mu q_min^4 / (52 q_max^3)")).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void twoSwitchesAreInconclusive() {
    Map<Double, Double> erider = costs(0.5, 100, 0.2, 1100, 0.1, 1000);
    Map<Double, Double> twoStage = costs(0.5, 900, 0.2, 1000, 0.1, 1200);
    assertThat(verdict(erider, twoStage)).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
