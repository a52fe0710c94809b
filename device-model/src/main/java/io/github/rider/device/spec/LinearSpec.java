package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.theory.Require;

/**
 * The paper's linear device (eq. 103): q+ = alpha_+ (1 - w/tauMax), q- = alpha_- (1 + w/tauMin)
 * on [-tauMin, tauMax]. Device-to-device variation as eq. (104) through {@link PulsedParams}:
 * with dwMinDtodLogNormal, gamma = exp(dwMinDtod xi1) and rho = upDownDtod xi2 give
 * alpha_+ = alphaPlus (gamma + rho), alpha_- = alphaMinus (gamma - rho) (for upDown = 0).
 * The bounds have no spread.
 *
 * @param pulsed     common parameters (default {@link PulsedParams#NOISE_FREE})
 * @param alphaPlus  nominal up scale (&gt; 0, default 1)
 * @param alphaMinus nominal down scale (&gt; 0, default 1)
 * @param tauMax     upper saturation (&gt; 0, default 1)
 * @param tauMin     magnitude of the lower saturation (&gt; 0, default 1)
 */
public record LinearSpec(
    PulsedParams pulsed, double alphaPlus, double alphaMinus, double tauMax, double tauMin)
    implements DeviceSpec {

  public static final String FAMILY = "linear";

  public static final LinearSpec DEFAULTS = new LinearSpec(PulsedParams.NOISE_FREE, 1, 1, 1, 1);

  public LinearSpec {
    Require.notNull("pulsed", pulsed);
    Require.positive("alphaPlus", alphaPlus);
    Require.positive("alphaMinus", alphaMinus);
    Require.positive("tauMax", tauMax);
    Require.positive("tauMin", tauMin);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public Bounds bounds() {
    return Bounds.fixed(-tauMin, tauMax);
  }

  @Override
  public ResponseFunction response(DeviceParameters p, int i) {
    return new LinearResponse(alphaPlus * p.aUp(i), alphaMinus * p.aDown(i), tauMax, tauMin);
  }

  @Override
  public LinearSpec withPulsed(PulsedParams v) {
    return new LinearSpec(v, alphaPlus, alphaMinus, tauMax, tauMin);
  }

  public LinearSpec withAlphaPlus(double v) {
    return new LinearSpec(pulsed, v, alphaMinus, tauMax, tauMin);
  }

  public LinearSpec withAlphaMinus(double v) {
    return new LinearSpec(pulsed, alphaPlus, v, tauMax, tauMin);
  }

  public LinearSpec withTauMax(double v) {
    return new LinearSpec(pulsed, alphaPlus, alphaMinus, v, tauMin);
  }

  public LinearSpec withTauMin(double v) {
    return new LinearSpec(pulsed, alphaPlus, alphaMinus, tauMax, v);
  }
}
