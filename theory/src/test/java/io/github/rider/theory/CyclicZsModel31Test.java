package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class CyclicZsModel31Test {

  // linear device (103): alpha+ = 0.6, alpha- = 0.5, tau_max = 1.2, tau_min = 1.0 (slopes 0.5 and 0.5, SP 0.1)
  private static final double AP = 0.6;
  private static final double AM = 0.5;
  private static final double TMAX = 1.2;
  private static final double TMIN = 1.0;
  private static final double DW = 0.01;
  private static final DoubleUnaryOperator Q_PLUS = w -> LinearDeviceConstants.qPlus(AP, TMAX, w);
  private static final DoubleUnaryOperator Q_MINUS = w -> LinearDeviceConstants.qMinus(AM, TMIN, w);

  @Test
  void oneCycleByHand() {
    // down: 0.4 - 0.01 * 0.5 * 1.4 = 0.393; up: 0.393 + 0.01 * 0.6 * (1 - 0.393/1.2) = 0.397035
    assertThat(CyclicZsModel31.cycle(Q_PLUS, Q_MINUS, DW, 0.4)).isCloseTo(0.397035, within(1e-15));
    CyclicZsModel31.Run r = CyclicZsModel31.run(Q_PLUS, Q_MINUS, DW, 0.4, 0.1, 1);
    assertThat(r.last()).isCloseTo(0.397035, within(1e-15));
    // ((0.393 - 0.1)^2 + (0.397035 - 0.1)^2) / 2
    assertThat(r.meanSquaredDeviation()).isCloseTo((0.293 * 0.293 + 0.297035 * 0.297035) / 2, within(1e-15));
    assertThat(r.evenSquaredErrors()).hasSize(2);
    assertThat(r.evenSquaredErrors()[0]).isCloseTo(0.09, within(1e-15));
    assertThat(r.evenSquaredErrors()[1]).isCloseTo(0.297035 * 0.297035, within(1e-15));
  }

  @Test
  void twoCyclesByHand() {
    // 0.4 -> 0.393 -> 0.397035 -> 0.397035 - 0.005 * 1.397035 = 0.390049825
    // -> 0.390049825 + 0.006 * (1 - 0.390049825/1.2) = 0.3940995759
    CyclicZsModel31.Run r = CyclicZsModel31.run(Q_PLUS, Q_MINUS, DW, 0.4, 0.1, 2);
    double[] w = {0.393, 0.397035, 0.390049825, 0.390049825 + 0.006 * (1 - 0.390049825 / 1.2)};
    assertThat(r.last()).isCloseTo(w[3], within(1e-15));
    double sum = 0;
    for (double x : w) {
      sum += (x - 0.1) * (x - 0.1);
    }
    assertThat(r.meanSquaredDeviation()).isCloseTo(sum / 4, within(1e-15));
  }

  @Test
  void linearClosedFormByHand() {
    // a = (1 - 0.005)(1 - 0.005) = 0.990025; b = 0.006 - 0.995 * 0.005 = 0.001025
    assertThat(CyclicZsModel31.linearContraction(AP, AM, TMAX, TMIN, DW)).isCloseTo(0.990025, within(1e-15));
    // w_c = 0.001025 / 0.009975 = 0.10275689223...
    assertThat(CyclicZsModel31.linearFixedPoint(AP, AM, TMAX, TMIN, DW)).isCloseTo(0.001025 / 0.009975, within(1e-15));
    assertThat(CyclicZsModel31.linearEvenIterate(AP, AM, TMAX, TMIN, DW, 0.4, 1)).isCloseTo(0.397035, within(1e-15));
    // unequal slopes (alpha+ = 0.9: 0.75 and 0.5): a = (1 - 0.0075)(1 - 0.005) = 0.9875375
    assertThat(CyclicZsModel31.linearContraction(0.9, AM, TMAX, TMIN, DW)).isCloseTo(0.9875375, within(1e-15));
    // tau_min = 2: a = (1 - 0.005)(1 - 0.0025) = 0.9925125
    assertThat(CyclicZsModel31.linearContraction(AP, AM, TMAX, 2, DW)).isCloseTo(0.9925125, within(1e-15));
  }

  @Test
  void iterationAgreesWithTheClosedForm() {
    CyclicZsModel31.Run r = CyclicZsModel31.run(Q_PLUS, Q_MINUS, DW, 0.4, 0.1, 500);
    for (int n : new int[] {0, 1, 7, 100, 500}) {
      double w = CyclicZsModel31.linearEvenIterate(AP, AM, TMAX, TMIN, DW, 0.4, n);
      assertThat(r.evenSquaredErrors()[n]).isCloseTo((w - 0.1) * (w - 0.1), within(1e-13));
    }
  }

  /**
   * With equal slopes mu the squared error contracts by a^2 = (1 - dw mu)^4 per cycle: the proof's
   * (1 - dw mu)^2 is twice the time constant, the printed (1 - 2 dw mu)^2 slightly faster.
   */
  @Test
  void exactContractionAgainstBothReadingsOfTheoremC4() {
    double a = CyclicZsModel31.linearContraction(AP, AM, TMAX, TMIN, DW);
    double mu = 0.5;
    assertThat(a * a).isCloseTo(Math.pow(1 - DW * mu, 4), within(1e-15));
    assertThat(a * a).isLessThan(Math.pow(1 - DW * mu, 2)); // proof: 0.990025 > 0.98015
    assertThat(a * a).isGreaterThan(Math.pow(1 - 2 * DW * mu, 2)); // printed: 0.9801 < 0.98015
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> CyclicZsModel31.run(Q_PLUS, Q_MINUS, 0, 0.4, 0.1, 1)).hasMessageContaining("dw_min");
    assertThatThrownBy(() -> CyclicZsModel31.run(Q_PLUS, Q_MINUS, DW, 0.4, 0.1, 0)).hasMessageContaining("cycles");
    assertThatThrownBy(() -> CyclicZsModel31.linearEvenIterate(AP, AM, TMAX, TMIN, DW, 0.4, -1))
        .hasMessageContaining("n");
  }
}
