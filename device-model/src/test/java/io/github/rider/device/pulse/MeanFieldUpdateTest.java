package io.github.rider.device.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Eq. (2): w + dW F - |dW| G equals eq. (5)'s w + dW q+ (dW &gt;= 0) or w + dW q- (dW &lt; 0);
 * the noise has mean 0 and variance c |dW| dwMin; results are clipped to the range.
 */
class MeanFieldUpdateTest {

  private static final LinearResponse Q = new LinearResponse(1.2, 0.8, 1, 0.9);

  @Test
  void noiseFreeUpdateIsEq5() {
    double w = 0.3;
    assertThat(MeanFieldUpdate.NOISE_FREE.apply(Q, w, 0.01, 1e-3, null))
        .isCloseTo(w + 0.01 * Q.qPlus(w), within(1e-16));
    assertThat(MeanFieldUpdate.NOISE_FREE.apply(Q, w, -0.01, 1e-3, null))
        .isCloseTo(w - 0.01 * Q.qMinus(w), within(1e-16));
    assertThat(MeanFieldUpdate.NOISE_FREE.apply(Q, 0.99, 5, 1e-3, null)).isEqualTo(1.0);
    assertThatThrownBy(() -> new MeanFieldUpdate(-1)).hasMessageContaining("noiseFactor");
  }

  /**
   * M = 100000 updates: sample mean of the noise within 4.5 sd/sqrt(M) of 0 and sample variance
   * within 4.5 sqrt(2/M) (relative) of c |dW| dwMin; false failure 6.8e-6 each (CLT).
   */
  @Test
  void noiseHasMeanZeroAndVarianceCTimesDwTimesDwMin() {
    double c = 1.5;
    double dW = 0.004;
    double dwMin = 0.001;
    MeanFieldUpdate mf = new MeanFieldUpdate(c);
    RandomGenerator r = RandomStreams.of(2).stream(RandomStreams.CYCLE_TO_CYCLE);
    int m = 100_000;
    double w = 0.1;
    double mean = w + dW * Q.qPlus(w);
    double sum = 0;
    double sumSq = 0;
    for (int k = 0; k < m; k++) {
      double b = mf.apply(Q, w, dW, dwMin, r) - mean;
      sum += b;
      sumSq += b * b;
    }
    double var = c * dW * dwMin;
    assertThat(sum / m).isCloseTo(0, within(4.5 * Math.sqrt(var / m)));
    assertThat(sumSq / m / var).isCloseTo(1, within(4.5 * Math.sqrt(2.0 / m)));
  }
}
