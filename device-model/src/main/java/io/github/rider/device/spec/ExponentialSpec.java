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
    implements DeviceSpec {

  public static final String FAMILY = "exponential";

  public static final ExponentialSpec DEFAULTS = new ExponentialSpec(PulsedParams.NOISE_FREE, 1, 2);

  public ExponentialSpec {
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
    return new ExponentialResponse(p.aUp(i), p.aDown(i), tau, gammaRes);
  }

  @Override
  public double qPlus(DeviceParameters p, int i, double g) {
    return ExponentialResponse.step(p.aUp(i), 1 - g / tau, gammaRes);
  }

  @Override
  public double qMinus(DeviceParameters p, int i, double g) {
    return ExponentialResponse.step(p.aDown(i), 1 + g / tau, gammaRes);
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
