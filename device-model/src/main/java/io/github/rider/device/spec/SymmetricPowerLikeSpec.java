package io.github.rider.device.spec;

import io.github.rider.theory.Require;
/**
 * What the two response families of Wu et al. 2025 (arXiv 2502.06309) share: the range
 * [-tau, tau] with SP 0, and steps q+(w) = a_up s(1 - w/tau), q-(w) = a_down s(1 + w/tau) of one
 * shape s with rate or exponent gammaRes; per-device multipliers a_up, a_down from
 * {@link PulsedParams} (gain, up_down). {@link ExponentialSpec} and {@link PowerSpec} differ only
 * in s.
 */
sealed interface SymmetricPowerLikeSpec extends DeviceSpec permits ExponentialSpec, PowerSpec {

  /** Half-width of the range (&gt; 0). */
  double tau();

  /** Rate or exponent of the shape (&gt; 0). */
  double gammaRes();

  /** The step a s(x) at the shape's argument x = 1 -+ w/tau. */
  double step(double a, double x);

  @Override
  default Bounds bounds() {
    return Bounds.fixed(-tau(), tau());
  }

  @Override
  default double qPlus(DeviceParameters p, int i, double g) {
    return step(p.aUp(i), 1 - g / tau());
  }

  @Override
  default double qMinus(DeviceParameters p, int i, double g) {
    return step(p.aDown(i), 1 + g / tau());
  }

  /** The checks of both records' parameters. */
  static void check(PulsedParams pulsed, double tau, double gammaRes) {
    Require.notNull("pulsed", pulsed);
    Require.positive("tau", tau);
    Require.positive("gammaRes", gammaRes);
  }
}
