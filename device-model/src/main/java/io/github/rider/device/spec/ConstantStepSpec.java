package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.ConstantStepResponse;
import io.github.rider.theory.Require;

/**
 * AIHWKit ConstantStepDevice (docs/devices.md §2): steps alpha_up, alpha_down independent of w,
 * hard bounds. AIHWKit has no write noise for it (the C++ refuses), so writeNoiseStd must be 0.
 *
 * @param pulsed common parameters (defaults {@link PulsedParams#AIHWKIT_DEFAULTS})
 * @param bounds bounds (defaults {@link Bounds#AIHWKIT_DEFAULTS})
 */
public record ConstantStepSpec(PulsedParams pulsed, Bounds bounds) implements DeviceSpec {

  public static final String FAMILY = "constant-step";

  /** AIHWKit's Python defaults. */
  public static final ConstantStepSpec DEFAULTS =
      new ConstantStepSpec(PulsedParams.AIHWKIT_DEFAULTS, Bounds.AIHWKIT_DEFAULTS);

  public ConstantStepSpec {
    Require.notNull("pulsed", pulsed);
    Require.notNull("bounds", bounds);
    if (pulsed.writeNoiseStd() != 0) {
      throw new IllegalArgumentException(
          "writeNoiseStd must be 0 for constant-step (AIHWKit has no write noise for it), was "
              + pulsed.writeNoiseStd());
    }
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new ConstantStepResponse(p.aUp(i), p.aDown(i), p.bMin(i), p.bMax(i));
  }

  @Override
  public ConstantStepSpec withPulsed(PulsedParams v) {
    return new ConstantStepSpec(v, bounds);
  }

  public ConstantStepSpec withBounds(Bounds v) {
    return new ConstantStepSpec(pulsed, v);
  }
}
