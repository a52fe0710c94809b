package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearStepResponse;
import io.github.rider.theory.Require;
import java.util.function.DoubleSupplier;

/**
 * AIHWKit LinearStepDevice (docs/devices.md §2): q+ = aUp (1 - gamma_up w/R_up),
 * q- = aDown (1 - gamma_down w/R_down). Per device gamma = |gamma + gammaDtod xi| (up first, then
 * down). References: R_up = wMax, R_down = wMin of the config with meanBoundReference (AIHWKit's
 * default), else the device's own bounds.
 *
 * @param pulsed             common parameters
 * @param bounds             bounds
 * @param gammaUp            gamma_up (ls_decrease_up), default 0
 * @param gammaDown          gamma_down, default 0
 * @param gammaUpDtod        device-to-device spread of gamma_up (absolute), default 0.05
 * @param gammaDownDtod      device-to-device spread of gamma_down, default 0.05
 * @param meanBoundReference R = config bounds (true, default) or per-device bounds (false)
 */
public record LinearStepSpec(
    PulsedParams pulsed,
    Bounds bounds,
    double gammaUp,
    double gammaDown,
    double gammaUpDtod,
    double gammaDownDtod,
    boolean meanBoundReference)
    implements DeviceSpec {

  public static final String FAMILY = "linear-step";

  /** AIHWKit's Python LinearStepDevice defaults. */
  public static final LinearStepSpec DEFAULTS =
      new LinearStepSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS, 0, 0, 0.05, 0.05,
          true);

  public LinearStepSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
    Require.finite("gammaUp", gammaUp);
    Require.finite("gammaDown", gammaDown);
    Require.nonNegative("gammaUpDtod", gammaUpDtod);
    Require.nonNegative("gammaDownDtod", gammaDownDtod);
    if (meanBoundReference && (bounds.wMax() == 0 || bounds.wMin() == 0)
        && (gammaUp != 0 || gammaDown != 0 || gammaUpDtod != 0 || gammaDownDtod != 0)) {
      throw new IllegalArgumentException(
          "wMax and wMin must be nonzero with meanBoundReference (they are the references R)");
    }
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public void drawExtras(DeviceParameters p, int i, DoubleSupplier xi) {
    double up = Math.abs(gammaUp + gammaUpDtod * xi.getAsDouble());
    double down = Math.abs(gammaDown + gammaDownDtod * xi.getAsDouble());
    p.setGammas(i, up, down);
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    double rUp = meanBoundReference ? bounds.wMax() : p.bMax(i);
    double rDown = meanBoundReference ? bounds.wMin() : p.bMin(i);
    return new LinearStepResponse(p.aUp(i), p.aDown(i), p.gammaUp(i), p.gammaDown(i), rUp, rDown,
        p.bMin(i), p.bMax(i));
  }

  @Override
  public LinearStepSpec withPulsed(PulsedParams v) {
    return new LinearStepSpec(v, bounds, gammaUp, gammaDown, gammaUpDtod, gammaDownDtod,
        meanBoundReference);
  }

  public LinearStepSpec withBounds(Bounds v) {
    return new LinearStepSpec(pulsed, v, gammaUp, gammaDown, gammaUpDtod, gammaDownDtod,
        meanBoundReference);
  }

  public LinearStepSpec withGammaUp(double v) {
    return new LinearStepSpec(pulsed, bounds, v, gammaDown, gammaUpDtod, gammaDownDtod,
        meanBoundReference);
  }

  public LinearStepSpec withGammaDown(double v) {
    return new LinearStepSpec(pulsed, bounds, gammaUp, v, gammaUpDtod, gammaDownDtod,
        meanBoundReference);
  }

  public LinearStepSpec withGammaUpDtod(double v) {
    return new LinearStepSpec(pulsed, bounds, gammaUp, gammaDown, v, gammaDownDtod,
        meanBoundReference);
  }

  public LinearStepSpec withGammaDownDtod(double v) {
    return new LinearStepSpec(pulsed, bounds, gammaUp, gammaDown, gammaUpDtod, v,
        meanBoundReference);
  }

  public LinearStepSpec withMeanBoundReference(boolean v) {
    return new LinearStepSpec(pulsed, bounds, gammaUp, gammaDown, gammaUpDtod, gammaDownDtod, v);
  }
}
