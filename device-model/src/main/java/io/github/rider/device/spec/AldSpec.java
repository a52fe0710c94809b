package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.theory.Require;

/**
 * Asymmetric linear device of Wu et al. 2024 (arXiv 2406.12774): q+- = 1 -+ (w - sp)/tau on
 * [sp - tau, sp + tau], SP = sp; per-device step multipliers aUp, aDown from
 * {@link PulsedParams}. The range must contain 0 (|sp| &lt;= tau).
 *
 * @param pulsed common parameters (default {@link PulsedParams#NOISE_FREE})
 * @param tau    half-width of the range (&gt; 0, default 1)
 * @param sp     symmetric point (default 0)
 */
public record AldSpec(PulsedParams pulsed, double tau, double sp) implements DeviceSpec {

  public static final String FAMILY = "ald";

  public static final AldSpec DEFAULTS = new AldSpec(PulsedParams.NOISE_FREE, 1, 0);

  public AldSpec {
    Require.notNull("pulsed", pulsed);
    Require.positive("tau", tau);
    Require.finite("sp", sp);
    if (!(Math.abs(sp) <= tau)) {
      throw new IllegalArgumentException(
          "sp must lie in [-tau, tau] so that the range contains 0, was sp=" + sp + ", tau=" + tau);
    }
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public Bounds bounds() {
    return Bounds.fixed(sp - tau, sp + tau);
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new AldResponse(p.aUp(i), p.aDown(i), tau, sp);
  }

  @Override
  public AldSpec withPulsed(PulsedParams v) {
    return new AldSpec(v, tau, sp);
  }

  public AldSpec withTau(double v) {
    return new AldSpec(pulsed, v, sp);
  }

  public AldSpec withSp(double v) {
    return new AldSpec(pulsed, tau, v);
  }
}
