package io.github.rider.device.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The device-to-device construction rules of docs/devices.md §3 with injected normals xi
 * (order per device: b_max, b_min, gain, r, then the family's extras), checked exactly.
 */
class DeviceParametersDrawRuleTest {

  private static final double EPS = 1e-15;

  private static DoubleSupplier xis(double... v) {
    int[] k = {0};
    return () -> v[k[0]++];
  }

  @Test
  void boundsGainAndOneSidedUpDown() {
    PulsedParams p = PulsedParams.AIHWKIT_DEFAULTS.withDwMinDtod(0.3).withUpDown(0.1)
        .withUpDownDtod(0.02);
    SoftBoundsSpec s = new SoftBoundsSpec(p, new Bounds(0.8, -0.6, 0.2, 0.3));
    DeviceParameters d = DeviceParameters.draw(s, 1, xis(1.5, -2, 0.5, 1));
    assertThat(d.bMax(0)).isCloseTo(0.8 * (1 + 0.2 * 1.5), within(EPS));
    assertThat(d.bMin(0)).isCloseTo(-0.6 * (1 - 0.3 * 2), within(EPS));
    double gain = 1 + 0.3 * 0.5;
    double r = 0.02;
    assertThat(d.aUp(0)).isCloseTo(gain + r, within(EPS)); // u > 0: up untouched
    assertThat(d.aDown(0)).isCloseTo(gain - 0.1 - r, within(EPS));
    DeviceParameters neg = DeviceParameters.draw(s.withPulsed(p.withUpDown(-0.1)), 1,
        xis(0, 0, 0.5, 1));
    assertThat(neg.aUp(0)).isCloseTo(gain - 0.1 + r, within(EPS)); // u <= 0: down untouched
    assertThat(neg.aDown(0)).isCloseTo(gain - r, within(EPS));
  }

  @Test
  void logNormalGain() {
    PulsedParams p = PulsedParams.NOISE_FREE.withDwMinDtod(0.7).withDwMinDtodLogNormal(true);
    DeviceParameters d = DeviceParameters.draw(new LinearSpec(p, 1, 1, 1, 1), 1,
        xis(0, 0, -1.2, 0));
    assertThat(d.aUp(0)).isCloseTo(Math.exp(-0.84), within(EPS));
    assertThat(d.aDown(0)).isCloseTo(Math.exp(-0.84), within(EPS));
  }

  @Test
  void enforceConsistencyTakesAbsoluteValuesAndOrdersBounds() {
    PulsedParams p = PulsedParams.AIHWKIT_DEFAULTS.withDwMinDtod(1);
    SoftBoundsSpec s = new SoftBoundsSpec(p, new Bounds(0.5, -0.5, 1, 1));
    // b_max = 0.5 (1 - 3) = -1, b_min = -0.5 (1 - 3) = 1: inverted; gain = 1 - 2 = -1
    DeviceParameters on = DeviceParameters.draw(s, 1, xis(-3, -3, -2, 0));
    assertThat(on.bMax(0)).isEqualTo(1.0);
    assertThat(on.bMin(0)).isEqualTo(-1.0);
    assertThat(on.aUp(0)).isEqualTo(1.0);
    assertThat(on.aDown(0)).isEqualTo(1.0);
    // without it the device is turned off (both bounds at the midpoint), steps keep their sign
    DeviceParameters off = DeviceParameters.draw(s.withPulsed(p.withEnforceConsistency(false)),
        1, xis(-3, -3, -2, 0));
    assertThat(off.bMax(0)).isEqualTo(0.0);
    assertThat(off.bMin(0)).isEqualTo(0.0);
    assertThat(off.aUp(0)).isEqualTo(-1.0);
  }

  @Test
  void familyExtras() {
    LinearStepSpec ls = LinearStepSpec.DEFAULTS.withGammaUp(0.1).withGammaDown(0.2)
        .withGammaUpDtod(0.05).withGammaDownDtod(0.1);
    DeviceParameters d = DeviceParameters.draw(ls, 1, xis(0, 0, 0, 0, -4, 1));
    assertThat(d.gammaUp(0)).isCloseTo(Math.abs(0.1 - 0.2), within(EPS));
    assertThat(d.gammaDown(0)).isCloseTo(0.3, within(EPS));
    PowStepSpec ps = PowStepSpec.DEFAULTS.withPowGamma(2).withPowGammaDtod(0.1)
        .withPowUpDown(0.2).withPowUpDownDtod(0.05);
    DeviceParameters e = DeviceParameters.draw(ps, 1, xis(0, 0, 0, 0, 1, 2));
    double gain = 1.1;
    double r = 0.1;
    assertThat(e.gammaUp(0)).isCloseTo(2 * (gain + r), within(EPS));
    assertThat(e.gammaDown(0)).isCloseTo(2 * (gain - 0.2 - r), within(EPS));
  }
}
