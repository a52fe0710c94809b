package io.github.rider.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.PaperClaims;
import io.github.rider.experiments.mnist.ReferenceGridExperiment.MarginClaim;
import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Verdict;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared pre-registered rules of tables 1 and 2 on hand-made accuracies (deterministic): the
 * margin rule of "AGAD far above TT-v2", the decidability guard (no method at 20 %) and the
 * warm-up guard computed from the rows.
 */
class ReferenceGridVerdictTest {

  private static final MarginClaim AGAD_OVER_TTV2 = new MarginClaim(
      PaperClaims.TABLE1_AGAD_OVER_TTV2, Algorithm.AGAD, Algorithm.TTV2, 10);

  /** A grid cell's accuracies per method (replicates), in table order. */
  static Map<Algorithm, List<Double>> cell(List<Double> ttv2, List<Double> agad,
      List<Double> erider) {
    Map<Algorithm, List<Double>> m = new LinkedHashMap<>();
    m.put(Algorithm.TTV2, ttv2);
    m.put(Algorithm.AGAD, agad);
    m.put(Algorithm.ERIDER, erider);
    return m;
  }

  private static Verdict margin(Map<GridPoint, Map<Algorithm, List<Double>>> grid, boolean past) {
    return ReferenceGridExperiment.judgeMargin(AGAD_OVER_TTV2, grid, past, new HashMap<>())
        .verdict();
  }

  private static Verdict best(Map<GridPoint, Map<Algorithm, List<Double>>> grid) {
    return ReferenceGridExperiment.judgeBest(PaperClaims.TABLE1_ERIDER_BEST, PaperClaims::table1,
        grid, true, new HashMap<>()).verdict();
  }

  @Test
  void marginHoldsWhenAgadIsAtLeastTenPointsAboveTtv2InEveryCell() {
    assertThat(margin(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.75), List.of(0.90), List.of(0.93)),
        new GridPoint(0.4, 0.4), cell(List.of(0.70), List.of(0.80), List.of(0.91))), true))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void marginDoesNotHoldWhenTheGapIsClearlyBelowTenPoints() {
    // d = 5 points, se = 0.82 points: d + 2 se = 6.6 < 10
    assertThat(margin(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.74, 0.75, 0.76),
        List.of(0.79, 0.80, 0.81), List.of(0.9, 0.9, 0.9))), true))
        .isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void marginInconclusiveWhenBelowTenPointsWithoutStandardErrorOrWhenNotClearlyBelow() {
    assertThat(margin(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.75), List.of(0.80), List.of(0.9))),
        true)).isEqualTo(Verdict.INCONCLUSIVE);
    // d = 9 points, se = 4.1 points: d + 2 se > 10, not clearly below
    assertThat(margin(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.70, 0.75, 0.80),
        List.of(0.79, 0.84, 0.89), List.of(0.9, 0.9, 0.9))), true))
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void bothRulesInconclusiveBeforeTheEndOfTheWarmUp() {
    Map<GridPoint, Map<Algorithm, List<Double>>> grid =
        Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.75), List.of(0.90), List.of(0.93)));
    assertThat(margin(grid, false)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(ReferenceGridExperiment.judgeBest(PaperClaims.TABLE1_ERIDER_BEST,
        PaperClaims::table1, grid, false, new HashMap<>()).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void cellsWhereNoMethodReachesTwiceChanceDecideNothing() {
    // E-RIDER "best" and AGAD 11 points above TT-v2, but nobody reached 20 %: untrained noise
    Map<GridPoint, Map<Algorithm, List<Double>>> chance =
        Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.01), List.of(0.12), List.of(0.15)));
    assertThat(best(chance)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(margin(chance, true)).isEqualTo(Verdict.INCONCLUSIVE);
    // the same ranking above 20 % decides
    assertThat(best(Map.of(new GridPoint(0.0, 0.05), cell(List.of(0.11), List.of(0.22), List.of(0.25)))))
        .isEqualTo(Verdict.HOLDS);
  }

  private static Row row(String alg, long chopperFlips, long miniBatches, long warmUp) {
    return new Row().put("algorithm", alg).put("chopperFlips", chopperFlips)
        .put("miniBatches", miniBatches).put("warmUpMiniBatches", warmUp);
  }

  @Test
  void pastWarmUpNeedsAnEriderFlipAndEveryAgadAndEriderRunBeyondItsWarmUp() {
    Row ttv2 = row("ttv2", 0, 100, 0);
    assertThat(ReferenceGridExperiment.pastWarmUp(List.of(ttv2, row("agad", 0, 100, 50),
        row("erider", 3, 100, 80)))).isTrue();
    assertThat(ReferenceGridExperiment.pastWarmUp(List.of(ttv2, row("agad", 0, 100, 50),
        row("erider", 0, 100, 80)))).isFalse();
    assertThat(ReferenceGridExperiment.pastWarmUp(List.of(ttv2, row("agad", 0, 100, 150),
        row("erider", 3, 100, 80)))).isFalse();
  }

  @Test
  void paperVsOursTablePutsMeanAndStdBesideThePapersEntry() {
    Table1LeNet5ReferenceGrid t = new Table1LeNet5ReferenceGrid(Table1LeNet5ReferenceGrid.Config
        .forScale(io.github.rider.experiments.sweep.Scale.QUICK,
            io.github.rider.experiments.data.DataSource.DEFAULT)
        .with(List.of(0.4), List.of(0.4, 1.0), 2, 8, 8, 1));
    Map<GridPoint, Map<Algorithm, List<Double>>> grid = new LinkedHashMap<>();
    grid.put(new GridPoint(0.4, 0.4), cell(List.of(0.70, 0.72), List.of(0.90, 0.88), List.of(0.91, 0.93)));
    String md = t.table(grid, List.of());
    assertThat(md).contains("| 0.4 | TT-v2 | 71.00±1.4 (71.01±2.8) | - (67.08±1.6) |  |")
        .contains("| 0.4 | AGAD | 89.00±1.4 (90.16±0.8) |")
        .contains("| 0.4 | E-RIDER | 92.00±1.4 (91.54±1.5) |");
    // equal means are explained in the same row, from the slow tiles' pulse counts
    grid.put(new GridPoint(0.4, 0.4), cell(List.of(0.70, 0.72), List.of(0.70, 0.72), List.of(0.91, 0.93)));
    List<Row> unwritten = List.of(new Row().put("refMean", 0.4).put("refStd", 0.4)
        .put("algorithm", "ttv2").put("slowTilePulses", 0), new Row().put("refMean", 0.4)
        .put("refStd", 0.4).put("algorithm", "agad").put("slowTilePulses", 0));
    assertThat(t.table(grid, unwritten)).contains("| 0.4 | TT-v2 | 71.00±1.4 (71.01±2.8) | - "
        + "(67.08±1.6) | Ref Std 0.4: same as AGAD, because neither wrote its slow tiles");
    List<Row> written = List.of(new Row().put("refMean", 0.4).put("refStd", 0.4)
        .put("algorithm", "agad").put("slowTilePulses", 12));
    assertThat(t.table(grid, written)).contains("same as TT-v2, although their slow tiles "
        + "received 12 pulses (not explained)");
  }

  @Test
  void papersTable1EntriesAsSpecified() {
    // the paper's Table 1: corners of the table
    assertThat(PaperClaims.table1(Algorithm.ERIDER, new GridPoint(0, 0.05))).contains("93.75±0.1");
    assertThat(PaperClaims.table1(Algorithm.TTV2, new GridPoint(0.4, 1.0))).contains("67.08±1.6");
    assertThat(PaperClaims.table1(Algorithm.AGAD, new GridPoint(0.3, 0.7))).contains("89.43±1.2");
    assertThat(PaperClaims.table1(Algorithm.AGAD, new GridPoint(0.5, 0.7))).isEmpty();
    assertThat(PaperClaims.table1(Algorithm.AGAD, new GridPoint(0.3, 0.5))).isEmpty();
  }
}
