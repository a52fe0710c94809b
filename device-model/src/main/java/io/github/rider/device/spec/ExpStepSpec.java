package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.ExpStepResponse;
import io.github.rider.theory.Require;

/**
 * AIHWKit ExpStepDevice (docs/devices.md §2): with z = 2 a w/(b_max - b_min) + b,
 * q+ = aUp max(0, 1 - A_up e^(gamma_up z)), q- = aDown max(0, 1 - A_down e^(-gamma_down z)).
 * The shape parameters are tile-wide (no device-to-device spread).
 *
 * <p>Granularity quirk (replicated): AIHWKit averages the nominal <em>down</em> step at w = 0
 * with itself, g = dwMin aDown max(0, 1 - A_down e^(-gamma_down b)), falling back to dwMin if 0.
 *
 * @param pulsed    common parameters
 * @param bounds    bounds
 * @param aUp       A_up (default 0.00081)
 * @param aDown     A_down (default 0.36833)
 * @param gammaUp   gamma_up (default 12.44625)
 * @param gammaDown gamma_down (default 12.78785)
 * @param a         a (default 0.244)
 * @param b         b (default 0.2425)
 */
public record ExpStepSpec(
    PulsedParams pulsed,
    Bounds bounds,
    double aUp,
    double aDown,
    double gammaUp,
    double gammaDown,
    double a,
    double b)
    implements DeviceSpec {

  public static final String FAMILY = "exp-step";

  /** AIHWKit's Python ExpStepDevice defaults. */
  public static final ExpStepSpec DEFAULTS =
      new ExpStepSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS, 0.00081, 0.36833,
          12.44625, 12.78785, 0.244, 0.2425);

  public ExpStepSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
    Require.finite("aUp", aUp);
    Require.finite("aDown", aDown);
    Require.finite("gammaUp", gammaUp);
    Require.finite("gammaDown", gammaDown);
    Require.finite("a", a);
    Require.finite("b", b);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double granularity() {
    ResponseFunction nominal = nominalResponse();
    double down = nominal.qMinus(0) * dwMin();
    return down > 0 ? down : dwMin();
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new ExpStepResponse(p.aUp(i), p.aDown(i), aUp, aDown, gammaUp, gammaDown, a, b,
        p.bMin(i), p.bMax(i));
  }

  @Override
  public double qPlus(DeviceParameters p, int i, double g) {
    return ExpStepResponse.step(p.aUp(i), aUp,
        gammaUp * ExpStepResponse.z(a, b, p.bMin(i), p.bMax(i), g));
  }

  @Override
  public double qMinus(DeviceParameters p, int i, double g) {
    return ExpStepResponse.step(p.aDown(i), aDown,
        -gammaDown * ExpStepResponse.z(a, b, p.bMin(i), p.bMax(i), g));
  }

  @Override
  public ExpStepSpec withPulsed(PulsedParams v) {
    return new ExpStepSpec(v, bounds, aUp, aDown, gammaUp, gammaDown, a, b);
  }

  public ExpStepSpec withBounds(Bounds v) {
    return new ExpStepSpec(pulsed, v, aUp, aDown, gammaUp, gammaDown, a, b);
  }

  public ExpStepSpec withAUp(double v) {
    return new ExpStepSpec(pulsed, bounds, v, aDown, gammaUp, gammaDown, a, b);
  }

  public ExpStepSpec withADown(double v) {
    return new ExpStepSpec(pulsed, bounds, aUp, v, gammaUp, gammaDown, a, b);
  }

  public ExpStepSpec withGammaUp(double v) {
    return new ExpStepSpec(pulsed, bounds, aUp, aDown, v, gammaDown, a, b);
  }

  public ExpStepSpec withGammaDown(double v) {
    return new ExpStepSpec(pulsed, bounds, aUp, aDown, gammaUp, v, a, b);
  }

  public ExpStepSpec withA(double v) {
    return new ExpStepSpec(pulsed, bounds, aUp, aDown, gammaUp, gammaDown, v, b);
  }

  public ExpStepSpec withB(double v) {
    return new ExpStepSpec(pulsed, bounds, aUp, aDown, gammaUp, gammaDown, a, v);
  }
}
