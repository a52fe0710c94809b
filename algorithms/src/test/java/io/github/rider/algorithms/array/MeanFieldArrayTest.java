package io.github.rider.algorithms.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.rider.algorithms.SyntheticRunFactory;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The mean-field array realises eq. (2)/(5) element-wise, with its noise and accounting. */
class MeanFieldArrayTest {

  private static ResponseFunction[] ald(double sp, double tau, int n) {
    double[] s = new double[n];
    Arrays.fill(s, sp);
    return SyntheticRunFactory.responses("ald", s, tau);
  }

  @Test
  void positiveIncrementsScaleWithQPlusAndNegativeWithQMinus() {
    // eq. (5): w + dW q+(w) for dW >= 0, w + dW q-(w) for dW < 0; ALD sp = 0.2, tau = 2
    MeanFieldArray a = MeanFieldArray.of(ald(0.2, 2, 2), 1e-3, new double[] {0.5, 0.5}, null);
    a.update(new double[] {0.01, -0.01});
    assertThat(a.read(0)).isCloseTo(0.5 + 0.01 * (1 - 0.3 / 2), offset(1e-15));
    assertThat(a.read(1)).isCloseTo(0.5 - 0.01 * (1 + 0.3 / 2), offset(1e-15));
  }

  @Test
  void singlePulsesFollowEquationSevenAndAreCountedOneEach() {
    MeanFieldArray a = MeanFieldArray.of(ald(0, 1, 3), 0.01, new double[] {0.5, 0.5, 0.5}, null);
    a.pulseOnce(new int[] {1, -1, 0});
    assertThat(a.read(0)).isCloseTo(0.5 + 0.01 * 0.5, offset(1e-15));
    assertThat(a.read(1)).isCloseTo(0.5 - 0.01 * 1.5, offset(1e-15));
    assertThat(a.read(2)).isEqualTo(0.5);
    assertThat(a.pulsesFired()).isEqualTo(2);
    assertThat(a.pulseCycles()).isEqualTo(1);
  }

  @Test
  void pulsesAreCountedAsTheBitLengthOfEachIncrement() {
    MeanFieldArray a = MeanFieldArray.of(ald(0, 1, 3), 0.01, new double[3], null);
    a.update(new double[] {0.025, -0.001, 0});
    assertThat(a.pulsesFired()).isEqualTo(3 + 1);
    assertThat(a.pulseCycles()).isEqualTo(3);
    a.program(new double[] {0.1, 0.2, 0.3});
    assertThat(a.programmedElements()).isEqualTo(3);
    assertThat(a.pulsesFired()).isEqualTo(4);
    assertThat(a.read(2)).isEqualTo(0.3);
  }

  @Test
  void weightsStayInTheResponseRange() {
    MeanFieldArray a = MeanFieldArray.of(ald(0, 1, 1), 0.01, new double[] {0.9}, null);
    a.update(new double[] {5});
    assertThat(a.read(0)).isEqualTo(1.0);
    a.program(new double[] {-7});
    assertThat(a.read(0)).isEqualTo(-1.0);
  }

  /**
   * Assumption 3.4: E b = 0, Var b = |dW| dw_min. 20 000 elements, one update each: the sample
   * mean is within 5 standard errors of the noise-free value and the sample variance within 5 %
   * (relative standard error sqrt(2/20000) = 1 %, so 5 sigma; false failure &lt; 1e-6).
   */
  @Test
  void discretisationNoiseHasZeroMeanAndVarianceDwTimesDwMin() {
    int n = 20_000;
    double dwMin = 1e-3;
    double dw = 0.004;
    MeanFieldArray a = MeanFieldArray.of(ald(0, 1, n), dwMin, new double[n],
        RandomStreams.of(1).stream(RandomStreams.PULSE_TRAIN));
    double[] inc = new double[n];
    Arrays.fill(inc, dw);
    a.update(inc);
    double mean = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double e = a.read(i) - dw; // F = 1, G(0) = 0
      mean += e / n;
      sq += e * e / n;
    }
    double var = dw * dwMin;
    assertThat(Math.abs(mean)).isLessThan(5 * Math.sqrt(var / n));
    assertThat(sq - mean * mean).isCloseTo(var, org.assertj.core.data.Percentage.withPercentage(5));
  }
}
