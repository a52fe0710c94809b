package io.github.rider.experiments.fig4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.sweep.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pre-registered rules of fig4's claims on hand-made totals (NaN = failed). */
class Fig4ClaimVerdictTest {

  private static final double FAIL = Double.NaN;

  private static Map<Double, Map<String, Double>> totals(double[][] rows) {
    // rows: {states, zs4000, erider}
    Map<Double, Map<String, Double>> t = new TreeMap<>();
    for (double[] r : rows) {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("zs4000", r[1]);
      m.put("erider", r[2]);
      t.put(r[0], m);
    }
    return t;
  }

  @Test
  void eriderLowestHoldsWhenItWinsAtEveryNumberOfStates() {
    assertThat(Fig4TotalPulseCost.judgeLowest(totals(new double[][] {
        {100, 9000, 5000}, {2000, FAIL, 20000}})).verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void eriderLowestDoesNotHoldWhenZsIsCheaperSomewhereOrEriderFailsAlone() {
    assertThat(Fig4TotalPulseCost.judgeLowest(totals(new double[][] {
        {100, 4500, 5000}, {2000, FAIL, 20000}})).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(Fig4TotalPulseCost.judgeLowest(totals(new double[][] {
        {100, 9000, FAIL}})).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void eriderLowestInconclusiveWhenEveryMethodFailsSomewhere() {
    assertThat(Fig4TotalPulseCost.judgeLowest(totals(new double[][] {
        {100, 9000, 5000}, {2000, FAIL, FAIL}})).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void zsFailsHoldsOnlyWhenEriderReachedTheTargetThere() {
    assertThat(Fig4TotalPulseCost.judgeZsFails(totals(new double[][] {
        {2000, FAIL, 20000}})).verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(Fig4TotalPulseCost.judgeZsFails(totals(new double[][] {
        {2000, FAIL, FAIL}})).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Fig4TotalPulseCost.judgeZsFails(totals(new double[][] {
        {2000, 30000, 20000}})).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(Fig4TotalPulseCost.judgeZsFails(totals(new double[][] {
        {100, FAIL, 20000}})).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
