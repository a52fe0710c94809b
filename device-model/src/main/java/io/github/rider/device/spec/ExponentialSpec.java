package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.ExponentialResponse;

/**
 * Exponential response of Wu et al. 2025 (arXiv 2502.06309):
 * q+- = (e^(gammaRes (1 -+ w/tau)) - 1)/(e^gammaRes - 1) on [-tau, tau],
 * SP 0; per-device step multipliers aUp, aDown from {@link PulsedParams} (gain, up_down).
 *
 * @param pulsed   common parameters (default {@link PulsedParams#NOISE_FREE})
 * @param tau      half-width of the range (&gt; 0, default 1)
 * @param gammaRes rate (&gt; 0, default 2)
 */
public record ExponentialSpec(PulsedParams pulsed, double tau, double gammaRes)
    implements SymmetricPowerLikeSpec {

  public static final String FAMILY = "exponential";

  public static final ExponentialSpec DEFAULTS = new ExponentialSpec(PulsedParams.NOISE_FREE, 1, 2);

  public ExponentialSpec {
    SymmetricPowerLikeSpec.check(pulsed, tau, gammaRes);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new ExponentialResponse(p.aUp(i), p.aDown(i), tau, gammaRes);
  }

  @Override
  public double step(double a, double x) {
    return ExponentialResponse.step(a, x, gammaRes);
  }

  @Override
  public ExponentialSpec withPulsed(PulsedParams v) {
    return new ExponentialSpec(v, tau, gammaRes);
  }

  public ExponentialSpec withTau(double v) {
    return new ExponentialSpec(pulsed, v, gammaRes);
  }

  public ExponentialSpec withGammaRes(double v) {
    return new ExponentialSpec(pulsed, tau, v);
  }
}
