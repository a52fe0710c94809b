package io.github.rider.device.spec;

import java.util.function.DoubleSupplier;

/**
 * Per-device parameters of a population of n devices, drawn once from the device-to-device
 * stream by AIHWKit's rules (docs/devices.md §3), stored structure-of-arrays. For device i,
 * in this order of standard-normal draws xi: b_max = wMax (1 + wMaxDtod xi), b_min =
 * wMin (1 + wMinDtod xi), gain (normal or log-normal), r = upDownDtod xi, then the family's extras
 * ({@link DeviceSpec#drawExtras}). The step multipliers aUp = alpha_up/dwMin and
 * aDown = alpha_down/dwMin follow the one-sided up_down rule of {@link PulsedParams}. With
 * enforceConsistency: aUp, aDown &larr; |.|, bounds swapped if inverted, then
 * b_max &larr; |b_max|, b_min &larr; -|b_min|; without it, a device with inverted bounds is turned
 * off (both bounds at their midpoint).
 */
public final class DeviceParameters {

  private final int n;
  final double[] aUp;
  final double[] aDown;
  final double[] bMin;
  final double[] bMax;
  final double[] gammaUp;
  final double[] gammaDown;

  private DeviceParameters(int n) {
    this.n = n;
    aUp = new double[n];
    aDown = new double[n];
    bMin = new double[n];
    bMax = new double[n];
    gammaUp = new double[n];
    gammaDown = new double[n];
  }

  /**
   * Draws n devices of {@code spec}; {@code xi} supplies the standard normals (the
   * device-to-device stream, or {@code () -> 0} for nominal devices).
   */
  public static DeviceParameters draw(DeviceSpec spec, int n, DoubleSupplier xi) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    DeviceParameters p = new DeviceParameters(n);
    PulsedParams q = spec.pulsed();
    Bounds b = spec.bounds();
    double u = q.upDown();
    for (int i = 0; i < n; i++) {
      double hi = b.wMax() * (1 + b.wMaxDtod() * xi.getAsDouble());
      double lo = b.wMin() * (1 + b.wMinDtod() * xi.getAsDouble());
      double z = xi.getAsDouble();
      double gain = q.dwMinDtodLogNormal() ? Math.exp(q.dwMinDtod() * z) : 1 + q.dwMinDtod() * z;
      double r = q.upDownDtod() * xi.getAsDouble();
      double up = u > 0 ? gain + r : gain + u + r;
      double down = u > 0 ? gain - u - r : gain - r;
      if (q.enforceConsistency()) {
        up = Math.abs(up);
        down = Math.abs(down);
        if (lo > hi) {
          double t = lo;
          lo = hi;
          hi = t;
        }
        hi = Math.abs(hi);
        lo = -Math.abs(lo);
      } else if (lo > hi) {
        lo = hi = 0.5 * (lo + hi);
      }
      p.aUp[i] = up;
      p.aDown[i] = down;
      p.bMin[i] = lo;
      p.bMax[i] = hi;
      spec.drawExtras(p, i, xi);
    }
    return p;
  }

  /** One nominal device (all draws 0). */
  public static DeviceParameters nominal(DeviceSpec spec) {
    return draw(spec, 1, () -> 0.0);
  }

  public int size() {
    return n;
  }

  /** alpha_up / dwMin of device i. */
  public double aUp(int i) {
    return aUp[i];
  }

  /** alpha_down / dwMin of device i. */
  public double aDown(int i) {
    return aDown[i];
  }

  /** Lower bound b_min of device i. */
  public double bMin(int i) {
    return bMin[i];
  }

  /** Upper bound b_max of device i. */
  public double bMax(int i) {
    return bMax[i];
  }

  /** Family-specific up parameter of device i (LinearStep slope, PowStep exponent), else 0. */
  public double gammaUp(int i) {
    return gammaUp[i];
  }

  /** Family-specific down parameter of device i, else 0. */
  public double gammaDown(int i) {
    return gammaDown[i];
  }

  void setGammas(int i, double up, double down) {
    gammaUp[i] = up;
    gammaDown[i] = down;
  }
}
