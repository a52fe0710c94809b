package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Corollary3_9PulseComplexityTest {

  private static final double REL = 1e-12;
  private static final Corollary3_9PulseComplexity C = new Corollary3_9PulseComplexity(2, 1, 1, 5);

  @Test
  void handComputedTotalsAndCrossover() {
    // crossover = (2 - 1) * 5 * 1e-3 / 1 = 0.005
    assertThat(C.crossoverDelta(1e-3)).isCloseTo(0.005, within(0.005 * REL));
    // at delta = 0.005: RIDER 2 * 5 / 2.5e-5 = 4e5; two-stage 5/2.5e-5 + 1/(0.005 * 1e-3) = 2e5 + 2e5
    assertThat(C.riderPulses(0.005)).isCloseTo(4e5, within(4e5 * REL));
    assertThat(C.twoStagePulses(0.005, 1e-3)).isCloseTo(4e5, within(4e5 * REL));
    assertThat(C.zsCalibrationPulses(0.005, 1e-3)).isCloseTo(2e5, within(2e5 * REL));
  }

  @Test
  void riderWinsExactlyAboveTheCrossover() {
    double x = C.crossoverDelta(1e-3);
    assertThat(C.riderWins(1.01 * x, 1e-3)).isTrue();
    assertThat(C.riderWins(10 * x, 1e-3)).isTrue();
    assertThat(C.riderWins(0.99 * x, 1e-3)).isFalse();
    assertThat(C.riderWins(0.1 * x, 1e-3)).isFalse();
  }

  @Test
  void withUnitConstantsRiderNeverNeedsMore() {
    Corollary3_9PulseComplexity unit = Corollary3_9PulseComplexity.withUnitConstants(5);
    assertThat(unit.crossoverDelta(1e-4)).isZero();
    for (double delta = 1e-6; delta < 1; delta *= 10) {
      assertThat(unit.riderWins(delta, 1e-4)).isTrue();
    }
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> new Corollary3_9PulseComplexity(1, 1, 1, 0)).hasMessageContaining("bitLength");
    assertThatThrownBy(() -> new Corollary3_9PulseComplexity(Double.NaN, 1, 1, 5)).hasMessageContaining("cRider");
    assertThatThrownBy(() -> C.riderPulses(0)).hasMessageContaining("delta");
    assertThatThrownBy(() -> C.twoStagePulses(0.1, -1)).hasMessageContaining("dwMin");
  }
}
