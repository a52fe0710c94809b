package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.PowerResponse;

/**
 * Power response of Wu et al. 2025 (arXiv 2502.06309): q+- = (1 -+ w/tau)^gammaRes on [-tau, tau],
 * SP 0; per-device step multipliers aUp, aDown from {@link PulsedParams} (gain, up_down).
 *
 * @param pulsed   common parameters (default {@link PulsedParams#NOISE_FREE})
 * @param tau      half-width of the range (&gt; 0, default 1)
 * @param gammaRes exponent (&gt; 0, default 2)
 */
public record PowerSpec(PulsedParams pulsed, double tau, double gammaRes) implements DeviceSpec {

  public static final String FAMILY = "power";

  public static final PowerSpec DEFAULTS = new PowerSpec(PulsedParams.NOISE_FREE, 1, 2);

  public PowerSpec {
    Checks.notNull("pulsed", pulsed);
    Checks.positive("tau", tau);
    Checks.positive("gammaRes", gammaRes);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public Bounds bounds() {
    return Bounds.fixed(-tau, tau);
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new PowerResponse(p.aUp(i), p.aDown(i), tau, gammaRes);
  }

  @Override
  public double qPlus(DeviceParameters p, int i, double g) {
    return PowerResponse.step(p.aUp(i), 1 - g / tau, gammaRes);
  }

  @Override
  public double qMinus(DeviceParameters p, int i, double g) {
    return PowerResponse.step(p.aDown(i), 1 + g / tau, gammaRes);
  }

  @Override
  public PowerSpec withPulsed(PulsedParams v) {
    return new PowerSpec(v, tau, gammaRes);
  }

  public PowerSpec withTau(double v) {
    return new PowerSpec(pulsed, v, gammaRes);
  }

  public PowerSpec withGammaRes(double v) {
    return new PowerSpec(pulsed, tau, v);
  }
}
