package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hard bounds hold after every pulse (docs/devices.md §4), write noise sits on the visible
 * weight only, programming/reading round-trips, and the counters count.
 */
class DeviceArrayBoundsAndNoiseTest {

  @Test
  void weightsNeverLeaveTheirBoundsUnderHeavyNoise() {
    RandomGenerator r = RandomStreams.of(77).stream(RandomStreams.PULSE_TRAIN);
    for (String name : DevicePresets.names()) {
      DeviceSpec s = DevicePresets.get(name);
      DeviceArray a = DeviceArray.create(s, 200, RandomStreams.of(77));
      int[] counts = new int[a.size()];
      for (int t = 0; t < 60; t++) {
        for (int i = 0; i < counts.length; i++) {
          counts[i] = r.nextInt(-40, 41);
        }
        a.applyPulses(counts);
        for (int i = 0; i < a.size(); i++) {
          assertThat(a.persistent(i)).as(name)
              .isBetween(a.lowerBound(i), a.upperBound(i));
        }
      }
    }
  }

  /**
   * Mutation check of the bounds test: the same noisy recursion without clipping leaves the
   * bounds (ReRam-ES has c2c noise 5, so steps of either sign occur), so the test above can fail.
   */
  @Test
  void mutationUnclippedRecursionLeavesTheBounds() {
    DeviceSpec s = DevicePresets.get("reram-es");
    ResponseFunction q = s.nominalResponse();
    RandomGenerator r = RandomStreams.of(78).stream("unclipped");
    double w = 0;
    boolean left = false;
    for (int k = 0; k < 200_000 && !left; k++) {
      w += s.dwMin() * q.qPlus(w) * (1 + 5 * r.nextGaussian());
      left = w > q.wMax() || w < q.wMin();
    }
    assertThat(left).isTrue();
  }

  @Test
  void writeNoiseIsOnTheVisibleWeightOnly() {
    double dwMin = 0.01;
    double writeNoiseStd = 3;
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withDwMin(dwMin)
        .withWriteNoiseStd(writeNoiseStd), Bounds.fixed(-0.6, 0.6));
    int n = 20000;
    DeviceArray a = DeviceArray.create(s, n, RandomStreams.of(4));
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      a.program(i, 0.2);
      assertThat(a.persistent(i)).isCloseTo(0.2, within(1e-15));
      double e = a.read(i) - 0.2;
      sum += e;
      sumSq += e * e;
    }
    double sd = writeNoiseStd * dwMin;
    // mean within 4.5 sd/sqrt(n) and variance within 4.5 sqrt(2/n) relative (false failure 7e-6
    // each, CLT)
    assertThat(sum / n).isCloseTo(0, within(4.5 * sd / Math.sqrt(n)));
    assertThat(sumSq / n / (sd * sd)).isCloseTo(1, within(4.5 * Math.sqrt(2.0 / n)));
    assertThat(a.programCount()).isEqualTo(n);
    assertThat(a.pulseCount()).isZero();
  }

  @Test
  void programReadRoundTripClipsAndCounts() {
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withReferenceMean(0.1),
        Bounds.fixed(-0.6, 0.6));
    DeviceArray a = DeviceArray.create(s, 3, RandomStreams.of(1));
    assertThat(a.read(0)).isEqualTo(0.0); // created at w_eff = 0
    a.program(new double[] {0.2, -0.3, 5});
    double[] out = new double[3];
    a.read(out);
    assertThat(out[0]).isCloseTo(0.2, within(1e-15));
    assertThat(out[1]).isCloseTo(-0.3, within(1e-15));
    assertThat(out[2]).isCloseTo(0.6 - 0.1, within(1e-15)); // clipped to b_max - r
    assertThat(a.programCount()).isEqualTo(3);
    a.applyIncrements(new double[] {0.0104, -0.0026, 0}, PulseScheme.deterministic(31),
        null, new int[3]);
    assertThat(a.pulseCount()).isEqualTo(10 + 3);
    assertThatThrownBy(() -> a.program(0, Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> a.applyPulses(new int[2])).hasMessageContaining("length 3");
  }

  /** Zero-shifting then reference programming (docs/devices.md §6) puts the effective SP at 0. */
  @Test
  void programmingTheReferenceToTheSymmetricPointZeroesTheEffectiveSymmetricPoint() {
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withUpDown(0.3),
        Bounds.fixed(-1, 1));
    DeviceArray a = DeviceArray.create(s, 1, RandomStreams.of(1));
    double sp = a.symmetricPoint(0);
    assertThat(sp).isCloseTo(0.3 / 1.7, within(1e-15));
    for (int k = 0; k < 20000; k++) { // alternating pulses converge to the SP (docs/devices.md §6)
      a.pulse(0, k % 2 == 0 ? -1 : 1);
    }
    double estimate = a.read(0);
    assertThat(estimate).isCloseTo(sp, within(0.01));
    a.setReference(0, a.reference(0) + estimate);
    assertThat(a.symmetricPoint(0)).isCloseTo(0, within(0.01));
    assertThat(a.read(0)).isCloseTo(0, within(1e-15));
    assertThat(a.response(0).symmetricPoint()).isCloseTo(a.symmetricPoint(0), within(1e-12));
    assertThat(a.programCount()).isEqualTo(1);
    assertThatThrownBy(() -> a.setReference(0, Double.NaN)).hasMessageContaining("reference");
  }

  @Test
  void meanFieldModeOnTheArrayEqualsEq2OnTheResponse() {
    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS.withPulsed(PulsedParams.AIHWKIT_DEFAULTS
        .withReferenceMean(0.05).withReferenceStd(0.1));
    DeviceArray a = DeviceArray.create(s, 100, RandomStreams.of(6));
    double[] dW = new double[100];
    RandomGenerator r = RandomStreams.of(6).stream("dW");
    for (int i = 0; i < 100; i++) {
      dW[i] = 0.05 * r.nextGaussian();
    }
    double[] expected = new double[100];
    for (int i = 0; i < 100; i++) {
      expected[i] = MeanFieldUpdate.NOISE_FREE.apply(a.response(i), a.read(i), dW[i], a.dwMin(),
          null);
    }
    a.applyMeanField(dW, MeanFieldUpdate.NOISE_FREE);
    for (int i = 0; i < 100; i++) {
      assertThat(a.read(i)).isCloseTo(expected[i], within(1e-14));
    }
    assertThat(a.pulseCount()).isZero();
  }
}
