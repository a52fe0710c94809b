package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.SoftBoundsResponse;
import io.github.rider.theory.Require;

/**
 * AIHWKit SoftBoundsDevice / SoftBoundsReferenceDevice (docs/devices.md §2): LinearStep with
 * gamma = 1 and the device's own bounds as references, q+ = aUp (1 - w/b_max),
 * q- = aDown (1 - w/b_min). The reference parameters of {@link PulsedParams} give the
 * SoftBoundsReference behaviour (r = referenceMean + referenceStd xi, plus the SP with
 * subtractSymmetryPoint). AIHWKit's SoftBounds default is multNoise = true; SoftBoundsReference's
 * is false (additive), as in the ReRam presets.
 *
 * @param pulsed common parameters
 * @param bounds bounds
 */
public record SoftBoundsSpec(PulsedParams pulsed, Bounds bounds) implements DeviceSpec {

  public static final String FAMILY = "soft-bounds";

  /** AIHWKit's Python SoftBoundsDevice defaults. */
  public static final SoftBoundsSpec DEFAULTS =
      new SoftBoundsSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS);

  public SoftBoundsSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new SoftBoundsResponse(p.aUp(i), p.aDown(i), p.bMin(i), p.bMax(i));
  }

  @Override
  public SoftBoundsSpec withPulsed(PulsedParams v) {
    return new SoftBoundsSpec(v, bounds);
  }

  public SoftBoundsSpec withBounds(Bounds v) {
    return new SoftBoundsSpec(pulsed, v);
  }
}
