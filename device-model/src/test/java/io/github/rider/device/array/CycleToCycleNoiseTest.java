package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.response.ConstantStepResponse;
import io.github.rider.device.rng.RandomStreams;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Cycle-to-cycle noise (docs/devices.md §4): n same-sign pulses on a constant-step
 * device move w by n alpha dwMin on average with variance n sigma^2 alpha^2 dwMin^2, for
 * multiplicative and additive noise alike. Acceptance: over N = 20000 devices, mean within
 * 4.5 standard errors and variance within 4.5 sqrt(2/N) relative (false failure 6.8e-6 each,
 * CLT; the sum of 25 Gaussian steps is Gaussian, so the variance estimate is chi-square).
 */
class CycleToCycleNoiseTest {

  private static final int N = 20000;
  private static final int PULSES = 25;

  private static void check(boolean mult) {
    double alpha = 0.7;
    double sigma = 0.4;
    double dwMin = 0.001;
    ResponseFunction[] q = new ResponseFunction[N];
    Arrays.fill(q, new ConstantStepResponse(alpha, alpha, -10, 10));
    DeviceArray a = DeviceArray.of(q, dwMin, sigma, mult, RandomStreams.of(mult ? 1 : 2));
    int[] counts = new int[N];
    Arrays.fill(counts, PULSES);
    a.applyPulses(counts);
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < N; i++) {
      sum += a.read(i);
      sumSq += a.read(i) * a.read(i);
    }
    double mean = sum / N;
    double var = (sumSq - N * mean * mean) / (N - 1);
    double expVar = PULSES * sigma * sigma * dwMin * dwMin * (mult ? alpha * alpha : 1);
    assertThat(mean).isCloseTo(PULSES * alpha * dwMin, within(4.5 * Math.sqrt(expVar / N)));
    assertThat(var / expVar).isCloseTo(1, within(4.5 * Math.sqrt(2.0 / N)));
    assertThat(a.pulseCount()).isEqualTo((long) N * PULSES);
  }

  @Test
  void multiplicativeNoiseScalesWithTheStep() {
    check(true);
  }

  /** Explicit arrays use Wu et al. 2025 Theorem 4's additive form dwMin (q + sigma xi). */
  @Test
  void additiveNoiseHasAbsoluteAmplitude() {
    check(false);
  }

  @Test
  void explicitArrayKeepsPlantedSymmetricPoints() {
    ResponseFunction[] q = {AldResponse.of(1, 0.3), AldResponse.of(0.5, -0.2)};
    DeviceArray a = DeviceArray.of(q, 0.01, 0, true, RandomStreams.of(1));
    assertThat(a.symmetricPoint(0)).isEqualTo(0.3);
    assertThat(a.symmetricPoint(1)).isEqualTo(-0.2);
    assertThat(a.lowerBound(1)).isEqualTo(-0.7);
    assertThat(a.response(0).qPlus(0.3)).isEqualTo(1.0);
  }
}
