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
public record PowerSpec(PulsedParams pulsed, double tau, double gammaRes)
    implements SymmetricPowerLikeSpec {

  public static final String FAMILY = "power";

  public static final PowerSpec DEFAULTS = new PowerSpec(PulsedParams.NOISE_FREE, 1, 2);

  public PowerSpec {
    SymmetricPowerLikeSpec.check(pulsed, tau, gammaRes);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new PowerResponse(p.aUp(i), p.aDown(i), tau, gammaRes);
  }

  @Override
  public double step(double a, double x) {
    return PowerResponse.step(a, x, gammaRes);
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
