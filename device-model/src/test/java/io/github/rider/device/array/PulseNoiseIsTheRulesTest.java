package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.NormalSamplerChecks;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pulses of the zero-shifting kernel carry the rule's noise in distribution, whatever stream
 * draws it: from each device's state g before a step and g' after it, z = ((g' - g) / (+-dwMin) -
 * q(g)) / (sigma q(g)) with multiplicative noise and / (sigma a) with additive noise must be
 * standard normal ({@link NormalSamplerChecks}: moments, tails beyond r and 4, chi-square with
 * tail bins, Kolmogorov-Smirnov; false-failure probability below 1e-5 per sample). Unlike the
 * bit-for-bit tests this holds for any sampler, so it keeps checking a kernel whose stream is not
 * the reference's. The same increments read with the other noise form are rejected.
 */
class PulseNoiseIsTheRulesTest {

  private static final int N = 1 << 16;
  private static final int STEPS = 16; // 2^20 pulses

  /**
   * z of every pulse of STEPS zero-shifting steps, the noise read as multiplicative or not; the
   * devices start spread over the middle half of their range (so that q varies by a factor 3 and
   * no pulse reaches a bound).
   */
  private static double[] standardised(DeviceSpec spec, boolean readMultiplicative) {
    DeviceArray a = DeviceArray.create(spec, N, RandomStreams.of(77));
    SplittableRandom u = new SplittableRandom(78);
    for (int i = 0; i < N; i++) {
      a.program(i, 0.5 * u.nextDouble(-1, 1) * Math.min(a.upperBound(i), -a.lowerBound(i)));
    }
    PulseRule rule = a.pulseRule();
    double[] z = new double[N * STEPS];
    double[] before = new double[N];
    for (int t = 0; t < STEPS; t++) {
      boolean up = t % 2 == 0;
      for (int i = 0; i < N; i++) {
        before[i] = a.physicalState(i);
      }
      a.applyAlternatingPulses(1, up ? 1 : -1);
      for (int i = 0; i < N; i++) {
        ResponseFunction q = a.physicalResponse(i);
        double g = before[i];
        double step = (a.physicalState(i) - g) / (up ? rule.dwMin() : -rule.dwMin());
        double qi = up ? q.qPlus(g) : q.qMinus(g);
        double scale = readMultiplicative ? qi : a.stepScale(i, up);
        z[t * N + i] = (step - qi) / (rule.dwMinStd() * scale);
      }
    }
    return z;
  }

  private static List<String> departures(double[] z) {
    int[] k = {0};
    return NormalSamplerChecks.departures(() -> z[k[0]++], z.length);
  }

  @Test
  void multiplicativeNoiseIsTheRules() {
    assertThat(SoftBoundsSpec.DEFAULTS.pulsed().multNoise()).isTrue();
    assertThat(departures(standardised(SoftBoundsSpec.DEFAULTS, true))).isEmpty();
    assertThat(departures(standardised(SoftBoundsSpec.DEFAULTS, false))).isNotEmpty();
  }

  @Test
  void additiveNoiseIsTheRules() {
    SoftBoundsSpec additive = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withMultNoise(false));
    assertThat(departures(standardised(additive, false))).isEmpty();
    assertThat(departures(standardised(additive, true))).isNotEmpty();
  }
}
