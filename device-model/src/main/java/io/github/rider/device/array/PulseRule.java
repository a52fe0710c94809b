package io.github.rider.device.array;

import io.github.rider.device.ResponseFunction;

/**
 * What one pulse does to one device, written once and plainly: the rule every pulse kernel of
 * {@link DeviceArray} and the tile's pulsed update computes (a pulse changes a device by
 * +dwMin q+(w) or -dwMin q-(w), paper eq. (5); with AIHWKit's cycle-to-cycle noise and hard
 * bounds).
 *
 * <pre>
 *   up:    g' = clip(g + dwMin s+)        clip(x) = max(b_min, min(b_max, x))
 *   down:  g' = clip(g - dwMin s-)
 *   s = q(g) (1 + sigma xi)               multiplicative cycle-to-cycle noise
 *   s = q(g) + a sigma xi                 additive cycle-to-cycle noise
 * </pre>
 *
 * with g the device's physical state, q = q+ or q- its step magnitude at g in multiples of dwMin
 * (its {@link ResponseFunction}), sigma = dwMinStd, a the device's step scale on the pulse's side
 * (alpha / dwMin, 1 for devices without a device-to-device draw), xi a fresh standard normal per
 * pulse (none is drawn when sigma = 0: the step is q exactly), and the clip to the device's
 * bounds [b_min, b_max] after every pulse.
 *
 * <p>Per response family (q in multiples of dwMin, a = alpha / dwMin on the pulse's side):
 *
 * <ul>
 *   <li>ConstantStep: q = a; multiplicative noise (AIHWKit {@code rpu_constantstep_device.cpp}).
 *   <li>LinearStep and SoftBounds: q+ = a+ (1 - gamma+ g / R+), q- = a- (1 - gamma- g / R-),
 *       affine in g; multiplicative, or additive, where only the constant term a is noisy:
 *       q + a sigma xi ({@code rpu_linearstep_device.cpp}: {@code update_once_mult}, {@code
 *       update_once_add}; {@code rpu_softbounds_reference_device.cpp} for g = w + r).
 *   <li>ExpStep, PowStep, PiecewiseStep: their nonlinear q; multiplicative noise ({@code
 *       rpu_expstep_device.cpp}, {@code rpu_powstep_device.cpp}, {@code
 *       rpu_piecewisestep_device.cpp}).
 *   <li>The paper's analytic families (the linear device of eq. (103), power, exponential; the
 *       ALD): their q, noise as configured.
 * </ul>
 *
 * <p>AIHWKit v1.0.0 clips both sides after every pulse ({@code w = MAX(w, min_bound); w = MIN(w,
 * max_bound)}, {@code src/rpucuda/rpu_linearstep_device.cpp}; the pulse loop over a device's
 * coincidences in {@code src/rpucuda/rpu_pulsed_device.cpp}). Since g always lies within its
 * bounds, that clip equals the one-sided clip a kernel may use instead (a step that went up
 * cannot end below b_min); which form a kernel uses changes no bit. In rider's words:
 * docs/devices.md §4.
 *
 * @param dwMin     response granularity (weight units per unit step, &gt; 0)
 * @param dwMinStd  cycle-to-cycle noise sigma (&gt;= 0)
 * @param multNoise multiplicative (true) or additive (false) noise
 */
public record PulseRule(double dwMin, double dwMinStd, boolean multNoise) {

  /** Whether a pulse draws a normal (sigma &gt; 0). */
  public boolean drawsNoise() {
    return dwMinStd != 0;
  }

  /**
   * The noisy step s in multiples of dwMin: q (1 + sigma xi) or q + a sigma xi; q itself when
   * sigma = 0.
   */
  public double step(double q, double a, double xi) {
    if (dwMinStd == 0) {
      return q;
    }
    return multNoise ? q * (1 + dwMinStd * xi) : q + a * dwMinStd * xi;
  }

  /**
   * One pulse on a device at g with step magnitude q (q+ for up, q- for down), step scale a and
   * bounds [bMin, bMax]: clip(g + dwMin s) up, clip(g - dwMin s) down.
   */
  public double pulse(double g, boolean up, double q, double a, double xi, double bMin,
      double bMax) {
    double s = step(q, a, xi);
    double x = up ? g + dwMin * s : g - dwMin * s;
    return Math.max(bMin, Math.min(bMax, x));
  }

  /**
   * One pulse on a device with physical response {@code q} at g (q+ or q- at g, bounds its range
   * [wMin, wMax]) and step scale a.
   */
  public double pulse(ResponseFunction q, double a, double g, boolean up, double xi) {
    return pulse(g, up, up ? q.qPlus(g) : q.qMinus(g), a, xi, q.wMin(), q.wMax());
  }
}
