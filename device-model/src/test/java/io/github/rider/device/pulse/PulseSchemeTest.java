package io.github.rider.device.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Deterministic rounding is round-half-to-even and capped at BL; stochastic rounding takes floor
 * or ceil with E[n dwMin] = dW below the cap.
 */
class PulseSchemeTest {

  @Test
  void deterministicRoundsHalfToEvenAndCaps() {
    double[] dW = {0.5, 1.5, 2.5, -2.5, -0.4, 0.6, 100, -100, 0};
    int[] out = new int[dW.length];
    PulseScheme.deterministic(31).counts(dW, 1, null, out);
    assertThat(out).containsExactly(0, 2, 2, -2, 0, 1, 31, -31, 0);
    assertThatThrownBy(() -> PulseScheme.deterministic(0)).hasMessageContaining("bitLength");
    assertThatThrownBy(() -> PulseScheme.deterministic(5).counts(new double[] {Double.NaN}, 1,
        null, new int[1])).hasMessageContaining("dW[0]");
    assertThatThrownBy(() -> PulseScheme.deterministic(5).counts(new double[1], -1, null,
        new int[1])).hasMessageContaining("dwMin");
  }

  /**
   * Unbiasedness: over M = 200000 draws of dW = 2.3 dwMin the mean count is 2.3 within
   * 4.5 sqrt(p(1-p)/M) (p = 0.3; false failure 6.8e-6, CLT); every count is 2 or 3.
   */
  @Test
  void stochasticIsUnbiasedAndTakesFloorOrCeil() {
    int m = 200_000;
    double[] dW = new double[m];
    java.util.Arrays.fill(dW, -0.0023);
    int[] out = new int[m];
    RandomGenerator r = RandomStreams.of(3).stream(RandomStreams.PULSE_TRAIN);
    PulseScheme.stochastic(31).counts(dW, 0.001, r, out);
    double sum = 0;
    for (int n : out) {
      assertThat(n).isIn(-2, -3);
      sum += n;
    }
    assertThat(sum / m).isCloseTo(-2.3, within(4.5 * Math.sqrt(0.21 / m)));
    int[] capped = new int[1];
    PulseScheme.stochastic(4).counts(new double[] {0.0123}, 0.001, r, capped);
    assertThat(capped[0]).isEqualTo(4);
  }
}
