package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.PiecewiseStepSpec;
import io.github.rider.device.spec.PowStepSpec;
import io.github.rider.device.spec.LinearSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Under random +/- pulses, many noisy devices settle around their own symmetric points
 * (docs/devices.md §1-2): after a burn-in, the deviations d_i = w_i - SP_i of N
 * independent devices have mean 0. For affine q (the families tested here) this is exact in
 * stationarity: E[dw] = -dwMin E[G(w)] = -dwMin G(E[w]) = 0 (multiplicative noise has mean 1,
 * and the stationary spread, about 0.05-0.1, is far from the bounds, so clipping is negligible).
 *
 * <p>Acceptance: |mean(d)| &lt;= Z s/sqrt(N), s the sample std, Z = 4.5: the false-failure
 * probability is 2(1 - Phi(4.5)) = 6.8e-6 per assertion (CLT, N = 2000). Burn-in: the mean
 * contracts by (1 - dwMin G') per pulse, G' &gt;= 0.8, so after 3000 pulses of dwMin = 0.01 the
 * initial offset (&lt; 1) is below e^-24.
 *
 * <p>Mutation check: a pulse rule that drops 5% of the down pulses (a biased rule) moves the
 * fixed point by about 0.05 F/(2 G') ~ 0.02, about 15 standard errors, and must fail.
 */
class LongRunMeanAtSymmetricPointTest {

  private static final int N = 2000;
  private static final int PULSES = 3000;
  private static final double Z = 4.5;

  /** Applies one pulse of the given sign to device i (the rule under test). */
  interface PulseRule {
    void pulse(DeviceArray a, int i, int sign, RandomGenerator rng);
  }

  private static final PulseRule CORRECT = (a, i, sign, rng) -> a.pulse(i, sign);
  private static final PulseRule DROPS_DOWN_PULSES = (a, i, sign, rng) -> {
    if (sign > 0 || rng.nextDouble() >= 0.05) {
      a.pulse(i, sign);
    }
  };

  /** A per-device statistic of the final state. */
  interface Statistic {
    double of(DeviceArray a, int i);
  }

  /** Deviation from the device's own SP, w_i - SP_i. */
  private static final Statistic DEVIATION = (a, i) -> a.persistent(i) - a.symmetricPoint(i);

  /** Asymmetry G_i(w_i) of the device's own response. */
  private static final Statistic ASYMMETRY = (a, i) -> a.response(i).g(a.persistent(i));

  /** Returns mean(d) / (s/sqrt(N)), the z-score of the mean deviation from the SPs. */
  static double zScore(DeviceArray a, PulseRule rule, long seed) {
    return zScore(a, rule, seed, DEVIATION);
  }

  /** The z-score of the mean of {@code stat} over the devices after the random pulses. */
  static double zScore(DeviceArray a, PulseRule rule, long seed, Statistic stat) {
    RandomGenerator signs = RandomStreams.of(seed).stream(RandomStreams.PULSE_TRAIN);
    for (int t = 0; t < PULSES; t++) {
      for (int i = 0; i < a.size(); i++) {
        rule.pulse(a, i, signs.nextBoolean() ? 1 : -1, signs);
      }
    }
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < a.size(); i++) {
      double d = stat.of(a, i);
      sum += d;
      sumSq += d * d;
    }
    double mean = sum / a.size();
    double var = (sumSq - a.size() * mean * mean) / (a.size() - 1);
    return mean / Math.sqrt(var / a.size());
  }

  private static final PulsedParams NOISY = PulsedParams.AIHWKIT_DEFAULTS.withDwMin(0.01)
      .withDwMinDtod(0.1).withUpDown(0.1).withUpDownDtod(0.05).withDwMinStd(0.3)
      .withReferenceMean(0.05).withReferenceStd(0.1);

  private static DeviceArray softBounds(long seed) {
    DeviceSpec s = new SoftBoundsSpec(NOISY, new Bounds(1, -0.8, 0.1, 0.1));
    return DeviceArray.create(s, N, RandomStreams.of(seed));
  }

  @Test
  void softBoundsWithVariationAndReferenceSettleAtTheirSymmetricPoints() {
    assertThat(Math.abs(zScore(softBounds(1), CORRECT, 101))).isLessThan(Z);
  }

  @Test
  void linearStepAdditiveNoiseSettlesAtItsSymmetricPoints() {
    DeviceSpec s = new LinearStepSpec(NOISY.withMultNoise(false), new Bounds(1, -1, 0.1, 0.1),
        0.6, 0.9, 0.05, 0.05, false);
    assertThat(Math.abs(zScore(DeviceArray.create(s, N, RandomStreams.of(2)), CORRECT, 102)))
        .isLessThan(Z);
  }

  @Test
  void paperLinearDeviceWithEq104VariationSettlesAtItsSymmetricPoints() {
    DeviceSpec s = new LinearSpec(NOISY.withDwMinDtodLogNormal(true).withUpDown(0), 1.2, 0.9,
        0.8, 1.1);
    assertThat(Math.abs(zScore(DeviceArray.create(s, N, RandomStreams.of(3)), CORRECT, 103)))
        .isLessThan(Z);
  }

  @Test
  void explicitAldArrayWithPlantedSymmetricPointsSettlesAtThem() {
    RandomGenerator r = RandomStreams.of(4).stream("planted");
    ResponseFunction[] q = new ResponseFunction[N];
    for (int i = 0; i < N; i++) {
      q[i] = AldResponse.of(1, 0.3 + 0.1 * r.nextGaussian());
    }
    DeviceArray a = DeviceArray.of(q, 0.01, 0.3, false, RandomStreams.of(4));
    assertThat(Math.abs(zScore(a, CORRECT, 104))).isLessThan(Z);
  }

  /**
   * Nonlinear families: in stationarity E[dw] = -dwMin E[G(w)] = 0 holds exactly (for random
   * +/- pulses with mean-one noise and no clipping), so the mean of G_i(w_i) is 0, whereas the
   * mean of w_i - SP_i carries an O(dwMin) curvature bias. Same acceptance as above; the spreads
   * (about 0.03-0.1) stay far from the bounds, and G' at the SP is at least 0.7 so the burn-in
   * covers more than 20 e-folds.
   */
  @Test
  void nonlinearFamiliesHaveZeroMeanAsymmetryInStationarity() {
    PulsedParams p = NOISY.withReferenceStd(0);
    Bounds b = new Bounds(1, -1, 0.1, 0.1);
    DeviceSpec[] specs = {
      new PowStepSpec(p, b, 2, 0.1, 0.2, 0.05),
      new ExpStepSpec(p.withUpDown(0.259359), b, -1.18445, -0.081404, 5, 5, -0.5, -0.5),
      new PiecewiseStepSpec(p, b, new double[] {2, 1.2, 0.8, 0.3}, new double[] {0.4, 0.7, 1.3,
          2.2}),
    };
    long seed = 200;
    for (DeviceSpec s : specs) {
      DeviceArray a = DeviceArray.create(s, N, RandomStreams.of(seed));
      assertThat(Math.abs(zScore(a, CORRECT, seed++, ASYMMETRY))).as(s.family()).isLessThan(Z);
    }
    DeviceArray a = DeviceArray.create(specs[1], N, RandomStreams.of(300));
    assertThat(Math.abs(zScore(a, DROPS_DOWN_PULSES, 301, ASYMMETRY))).isGreaterThan(Z);
  }

  @Test
  void mutationBiasedPulseRuleFailsTheCheck() {
    assertThat(Math.abs(zScore(softBounds(1), DROPS_DOWN_PULSES, 101))).isGreaterThan(Z);
  }
}
