package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.response.LinearStepResponse;
import io.github.rider.device.response.SoftBoundsResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.LinearSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import org.junit.jupiter.api.Test;

/**
 * Device-to-device draws follow AIHWKit's rules (docs/devices.md §3): gain mean 1 and std
 * dwMinDtod (normal) or log-gain std dwMinDtod (log-normal), relative bound spread, one-sided
 * up_down, |gamma + gammaDtod xi| for LinearStep, reference mean/std.
 *
 * <p>Acceptance: sample means within Z sigma/sqrt(N) and sample standard deviations within
 * Z sigma/sqrt(2N) of the configured values, Z = 4.5 (false failure 6.8e-6 per assertion by the
 * CLT; with about 12 assertions, below 1e-4 for the class). N = 20000.
 */
class DeviceToDeviceDrawTest {

  private static final int N = 20000;
  private static final double Z = 4.5;

  private static void assertMeanStd(double[] x, double mean, double std) {
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double s = Math.sqrt(ss / (x.length - 1));
    assertThat(m).isCloseTo(mean, within(Z * Math.max(std, 1e-300) / Math.sqrt(x.length)));
    assertThat(s).isCloseTo(std, within(Z * std / Math.sqrt(2.0 * x.length) + 1e-15));
  }

  @Test
  void normalGainAndRelativeBoundSpread() {
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.AIHWKIT_DEFAULTS.withDwMinDtod(0.2)
        .withUpDownDtod(0), new Bounds(0.8, -0.5, 0.1, 0.2));
    DeviceArray a = DeviceArray.create(s, N, RandomStreams.of(8));
    double[] gain = new double[N];
    double[] bMax = new double[N];
    double[] bMin = new double[N];
    for (int i = 0; i < N; i++) {
      SoftBoundsResponse q = (SoftBoundsResponse) a.physicalResponse(i);
      assertThat(q.aUp()).isEqualTo(q.aDown());
      gain[i] = q.aUp();
      bMax[i] = q.bMax();
      bMin[i] = q.bMin();
    }
    assertMeanStd(gain, 1, 0.2);
    assertMeanStd(bMax, 0.8, 0.08);
    assertMeanStd(bMin, -0.5, 0.1);
    // mutation check: a draw with 3/4 of the configured spread (or a shifted mean) is detected
    assertThatThrownBy(() -> assertMeanStd(gain, 1, 0.2 / 0.75))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertMeanStd(gain, 1.01, 0.2)).isInstanceOf(AssertionError.class);
  }

  @Test
  void logNormalGainAndUpDownSpreadAsEq104() {
    LinearSpec s = new LinearSpec(PulsedParams.NOISE_FREE.withDwMinDtod(0.3)
        .withDwMinDtodLogNormal(true).withUpDownDtod(0.05), 1, 1, 1, 1);
    DeviceArray a = DeviceArray.create(s, N, RandomStreams.of(9));
    double[] logGamma = new double[N];
    double[] rho = new double[N];
    for (int i = 0; i < N; i++) {
      LinearResponse q = (LinearResponse) a.physicalResponse(i);
      // alpha+ = gamma + rho, alpha- = gamma - rho
      logGamma[i] = Math.log((q.alphaPlus() + q.alphaMinus()) / 2);
      rho[i] = (q.alphaPlus() - q.alphaMinus()) / 2;
    }
    assertMeanStd(logGamma, 0, 0.3);
    assertMeanStd(rho, 0, 0.05);
  }

  @Test
  void upDownIsOneSided() {
    for (double u : new double[] {0.2, -0.2}) {
      SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS.withPulsed(
          PulsedParams.NOISE_FREE.withUpDown(u));
      SoftBoundsResponse q = (SoftBoundsResponse) s.nominalResponse();
      assertThat(q.aUp()).isEqualTo(u > 0 ? 1 : 0.8, within(1e-15));
      assertThat(q.aDown()).isEqualTo(u > 0 ? 0.8 : 1, within(1e-15));
      // SP for bounds +-tau: tau u/(2 - |u|) (docs/devices.md §2)
      double tau = 0.6;
      assertThat(q.symmetricPoint()).isCloseTo(tau * u / (2 - Math.abs(u)), within(1e-15));
    }
  }

  @Test
  void linearStepSlopesAreAbsoluteValuesOfNormals() {
    LinearStepSpec s = LinearStepSpec.DEFAULTS.withGammaUp(0.5).withGammaDown(0.3)
        .withGammaUpDtod(0.05).withGammaDownDtod(0.02);
    DeviceArray a = DeviceArray.create(s, N, RandomStreams.of(10));
    double[] up = new double[N];
    double[] down = new double[N];
    for (int i = 0; i < N; i++) {
      LinearStepResponse q = (LinearStepResponse) a.physicalResponse(i);
      up[i] = q.gammaUp();
      down[i] = q.gammaDown();
      assertThat(q.rUp()).isEqualTo(0.6); // mean_bound_reference
      assertThat(q.rDown()).isEqualTo(-0.6);
    }
    assertMeanStd(up, 0.5, 0.05);
    assertMeanStd(down, 0.3, 0.02);
  }

  @Test
  void referencesHaveTheConfiguredMeanAndStdAndSubtractTheSymmetricPoint() {
    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS.withPulsed(PulsedParams.AIHWKIT_DEFAULTS
        .withUpDown(0.2).withReferenceMean(0.3).withReferenceStd(0.1)
        .withSubtractSymmetryPoint(true));
    DeviceArray a = DeviceArray.create(s, N, RandomStreams.of(12));
    double[] effectiveSp = new double[N];
    for (int i = 0; i < N; i++) {
      effectiveSp[i] = a.symmetricPoint(i);
      assertThat(a.response(i).symmetricPoint()).isCloseTo(effectiveSp[i], within(1e-12));
      assertThat(a.reference(i) + effectiveSp[i])
          .isCloseTo(a.physicalResponse(i).symmetricPoint(), within(1e-12));
    }
    // effective SP = SP - r = -(referenceMean + referenceStd xi), docs/devices.md §6
    assertMeanStd(effectiveSp, -0.3, 0.1);
  }

  @Test
  void sameSeedSameDevicesAndNoiseSourcesAreIndependentStreams() {
    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS;
    DeviceArray a = DeviceArray.create(s, 50, RandomStreams.of(5));
    DeviceArray b = DeviceArray.create(s.withWriteNoiseStd(2), 50, RandomStreams.of(5));
    for (int i = 0; i < 50; i++) {
      assertThat(b.physicalResponse(i)).isEqualTo(a.physicalResponse(i));
      a.applyPulses(i, 7);
      b.applyPulses(i, 7);
      assertThat(b.persistent(i)).isEqualTo(a.persistent(i));
    }
  }
}
