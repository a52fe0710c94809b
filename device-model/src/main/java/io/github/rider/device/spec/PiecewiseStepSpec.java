package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.PiecewiseStepResponse;
import io.github.rider.theory.Require;
import java.util.Arrays;

/**
 * AIHWKit PiecewiseStepDevice (docs/devices.md §2): step = alpha times the linear
 * interpolation of node values spaced evenly over the device's [b_min, b_max]. Granularity
 * dwMin piecewiseUp[n/2].
 *
 * @param pulsed        common parameters
 * @param bounds        bounds
 * @param piecewiseUp   up-step node values (AIHWKit default [1])
 * @param piecewiseDown down-step node values, same length (default [1])
 */
public record PiecewiseStepSpec(
    PulsedParams pulsed, Bounds bounds, double[] piecewiseUp, double[] piecewiseDown)
    implements DeviceSpec {

  public static final String FAMILY = "piecewise-step";

  /** AIHWKit's Python PiecewiseStepDevice defaults. */
  public static final PiecewiseStepSpec DEFAULTS =
      new PiecewiseStepSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS,
          new double[] {1}, new double[] {1});

  public PiecewiseStepSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
    Require.notNull("piecewiseUp", piecewiseUp);
    Require.notNull("piecewiseDown", piecewiseDown);
    piecewiseUp = piecewiseUp.clone();
    piecewiseDown = piecewiseDown.clone();
    // validates lengths and finiteness, messages name piecewiseUp / piecewiseDown
    new PiecewiseStepResponse(1, 1, piecewiseUp, piecewiseDown, bounds.wMin(), bounds.wMax());
  }

  @Override
  public double[] piecewiseUp() {
    return piecewiseUp.clone();
  }

  @Override
  public double[] piecewiseDown() {
    return piecewiseDown.clone();
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double granularity() {
    return dwMin() * piecewiseUp[piecewiseUp.length / 2];
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new PiecewiseStepResponse(p.aUp(i), p.aDown(i), piecewiseUp, piecewiseDown,
        p.bMin(i), p.bMax(i));
  }

  @Override
  public double qPlus(DeviceParameters p, int i, double g) {
    return p.aUp(i) * PiecewiseStepResponse.interpolate(piecewiseUp, p.bMin(i), p.bMax(i), g);
  }

  @Override
  public double qMinus(DeviceParameters p, int i, double g) {
    return p.aDown(i) * PiecewiseStepResponse.interpolate(piecewiseDown, p.bMin(i), p.bMax(i), g);
  }

  @Override
  public PiecewiseStepSpec withPulsed(PulsedParams v) {
    return new PiecewiseStepSpec(v, bounds, piecewiseUp, piecewiseDown);
  }

  public PiecewiseStepSpec withBounds(Bounds v) {
    return new PiecewiseStepSpec(pulsed, v, piecewiseUp, piecewiseDown);
  }

  /** Both node vectors at once (needed to change their common length). */
  public PiecewiseStepSpec withPiecewise(double[] up, double[] down) {
    return new PiecewiseStepSpec(pulsed, bounds, up, down);
  }

  public PiecewiseStepSpec withPiecewiseUp(double[] v) {
    return new PiecewiseStepSpec(pulsed, bounds, v, piecewiseDown);
  }

  public PiecewiseStepSpec withPiecewiseDown(double[] v) {
    return new PiecewiseStepSpec(pulsed, bounds, piecewiseUp, v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiecewiseStepSpec s
        && pulsed.equals(s.pulsed)
        && bounds.equals(s.bounds)
        && Arrays.equals(piecewiseUp, s.piecewiseUp)
        && Arrays.equals(piecewiseDown, s.piecewiseDown);
  }

  @Override
  public int hashCode() {
    return ((pulsed.hashCode() * 31 + bounds.hashCode()) * 31 + Arrays.hashCode(piecewiseUp)) * 31
        + Arrays.hashCode(piecewiseDown);
  }

  @Override
  public String toString() {
    return "PiecewiseStepSpec[pulsed=" + pulsed + ", bounds=" + bounds + ", piecewiseUp="
        + Arrays.toString(piecewiseUp) + ", piecewiseDown=" + Arrays.toString(piecewiseDown)
        + "]";
  }
}
