package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.PowStepResponse;
import io.github.rider.theory.Require;
import java.util.function.DoubleSupplier;

/**
 * AIHWKit PowStepDevice (docs/devices.md §2): q+ = aUp ((b_max - w)/R)^gamma_up,
 * q- = aDown ((w - b_min)/R)^gamma_down, R = b_max - b_min. Per device, with
 * gain = 1 + powGammaDtod xi, r = powUpDownDtod xi and u = powUpDown (one-sided as docs/devices.md
 * §3): gamma_up = powGamma (gain + r [+ u if u &lt;= 0]), gamma_down = powGamma (gain - r [- u if
 * u &gt; 0]); absolute values with enforceConsistency. Granularity dwMin 0.5^powGamma.
 *
 * @param pulsed         common parameters
 * @param bounds         bounds
 * @param powGamma       exponent gamma (default 1)
 * @param powGammaDtod   device-to-device spread of the exponent (default 0.1)
 * @param powUpDown      one-sided exponent asymmetry (default 0)
 * @param powUpDownDtod  its device-to-device spread (default 0)
 */
public record PowStepSpec(
    PulsedParams pulsed,
    Bounds bounds,
    double powGamma,
    double powGammaDtod,
    double powUpDown,
    double powUpDownDtod)
    implements DeviceSpec {

  public static final String FAMILY = "pow-step";

  /** AIHWKit's Python PowStepDevice defaults. */
  public static final PowStepSpec DEFAULTS =
      new PowStepSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS, 1, 0.1, 0, 0);

  public PowStepSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
    Require.finite("powGamma", powGamma);
    Require.nonNegative("powGammaDtod", powGammaDtod);
    Require.finite("powUpDown", powUpDown);
    Require.nonNegative("powUpDownDtod", powUpDownDtod);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double granularity() {
    return dwMin() * Math.pow(0.5, powGamma);
  }

  @Override
  public void drawExtras(DeviceParameters p, int i, DoubleSupplier xi) {
    double gain = 1 + powGammaDtod * xi.getAsDouble();
    double r = powUpDownDtod * xi.getAsDouble();
    double u = powUpDown;
    double up = powGamma * (u > 0 ? gain + r : gain + u + r);
    double down = powGamma * (u > 0 ? gain - u - r : gain - r);
    if (pulsed.enforceConsistency()) {
      up = Math.abs(up);
      down = Math.abs(down);
    }
    p.setGammas(i, up, down);
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new PowStepResponse(p.aUp(i), p.aDown(i), p.gammaUp(i), p.gammaDown(i), p.bMin(i),
        p.bMax(i));
  }

  @Override
  public double qPlus(DeviceParameters p, int i, double g) {
    return PowStepResponse.step(p.aUp(i), p.gammaUp(i), p.bMax(i) - g, p.bMax(i) - p.bMin(i));
  }

  @Override
  public double qMinus(DeviceParameters p, int i, double g) {
    return PowStepResponse.step(p.aDown(i), p.gammaDown(i), g - p.bMin(i),
        p.bMax(i) - p.bMin(i));
  }

  @Override
  public PowStepSpec withPulsed(PulsedParams v) {
    return new PowStepSpec(v, bounds, powGamma, powGammaDtod, powUpDown, powUpDownDtod);
  }

  public PowStepSpec withBounds(Bounds v) {
    return new PowStepSpec(pulsed, v, powGamma, powGammaDtod, powUpDown, powUpDownDtod);
  }

  public PowStepSpec withPowGamma(double v) {
    return new PowStepSpec(pulsed, bounds, v, powGammaDtod, powUpDown, powUpDownDtod);
  }

  public PowStepSpec withPowGammaDtod(double v) {
    return new PowStepSpec(pulsed, bounds, powGamma, v, powUpDown, powUpDownDtod);
  }

  public PowStepSpec withPowUpDown(double v) {
    return new PowStepSpec(pulsed, bounds, powGamma, powGammaDtod, v, powUpDownDtod);
  }

  public PowStepSpec withPowUpDownDtod(double v) {
    return new PowStepSpec(pulsed, bounds, powGamma, powGammaDtod, powUpDown, v);
  }
}
