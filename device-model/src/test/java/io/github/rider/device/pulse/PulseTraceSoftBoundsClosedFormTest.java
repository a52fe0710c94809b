package io.github.rider.device.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Noise-free SoftBounds traces against the closed form of the recursion
 * w_{n+1} = w_n + a (1 - w_n/bMax), a = dwMin aUp: w_n = bMax - (bMax - w0)(1 - a/bMax)^n
 * (docs/devices.md §2), and the down branch
 * w_n = bMin - (bMin - w0)(1 + a'/bMin)^n with a' = dwMin aDown.
 */
class PulseTraceSoftBoundsClosedFormTest {

  /** Relative tolerance: the recursion and the power differ only by rounding. */
  private static final double TOL = 1e-12;

  @Test
  void upAndDownBranchesFollowTheClosedForm() {
    double dwMin = 0.004;
    double upDown = 0.2; // one-sided: aUp = 1, aDown = 0.8
    SoftBoundsSpec spec = new SoftBoundsSpec(
        PulsedParams.AIHWKIT_DEFAULTS.withDwMin(dwMin).withUpDown(upDown),
        new Bounds(0.9, -0.7, 0.3, 0.3));
    double w0 = 0.1;
    List<PulseTrace.Row> rows = PulseTrace.run(spec, w0, new int[] {150, -300}, 7, false);
    assertThat(rows).hasSize(450);
    double a = dwMin * 1.0;
    for (int n = 1; n <= 150; n++) {
      double expected = 0.9 - (0.9 - w0) * Math.pow(1 - a / 0.9, n);
      assertThat(rows.get(n - 1).weight()).isCloseTo(expected, within(TOL));
      assertThat(rows.get(n - 1).direction()).isEqualTo(1);
    }
    double w150 = rows.get(149).weight();
    double ad = dwMin * (1 - upDown);
    for (int n = 1; n <= 300; n++) {
      double expected = -0.7 - (-0.7 - w150) * Math.pow(1 - ad / 0.7, n);
      assertThat(rows.get(149 + n).weight()).isCloseTo(expected, within(TOL));
      assertThat(rows.get(149 + n).direction()).isEqualTo(-1);
    }
  }
}
