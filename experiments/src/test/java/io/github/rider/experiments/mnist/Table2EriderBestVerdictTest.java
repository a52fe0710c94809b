package io.github.rider.experiments.mnist;

import static io.github.rider.experiments.mnist.ReferenceGridVerdictTest.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.sweep.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pre-registered rule of table2's claim on hand-made accuracies (deterministic). */
class Table2EriderBestVerdictTest {

  private static Verdict verdict(Map<GridPoint, Map<Algorithm, List<Double>>> grid, boolean flipped) {
    return Table2FcnReferenceGrid.judge(grid, flipped, new HashMap<>()).verdict();
  }

  @Test
  void holdsWhenEriderHasTheHighestMeanInEveryCell() {
    assertThat(verdict(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.9), List.of(0.92), List.of(0.95)),
        new GridPoint(0.4, 0.4), cell(List.of(0.7), List.of(0.92), List.of(0.96))), true))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void doesNotHoldWhenAnotherMethodWinsByMoreThanTwoStandardErrors() {
    // AGAD 0.95 +- 0.01 vs E-RIDER 0.90 +- 0.01 over 3 replicates: d = 0.05 > 2 se ~ 0.016
    assertThat(verdict(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.8, 0.8, 0.8),
        List.of(0.94, 0.95, 0.96), List.of(0.89, 0.90, 0.91))), true))
        .isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void inconclusiveWhenNotBestButNotClearlyBeaten() {
    // one replicate: no standard error, so a loss by 0.01 cannot be called significant
    assertThat(verdict(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.8), List.of(0.93), List.of(0.92))),
        true)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void inconclusiveWhenEridersChopperNeverFlipped() {
    assertThat(verdict(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.9), List.of(0.92), List.of(0.95))),
        false)).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
