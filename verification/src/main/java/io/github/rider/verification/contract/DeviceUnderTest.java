package io.github.rider.verification.contract;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.spec.DeviceSpec;

/**
 * One device to verify: its pulse response q+/q- (paper eq. (5)), its granularity dw_min and
 * the operating interval [lo, hi] on which the paper's device assumptions (Definitions 2.1, C.1)
 * are checked and the zero-shifting runs start.
 *
 * <p>The default operating interval ({@link #of(String, ResponseFunction, double)}) is centred on
 * the device's symmetric point w*: [w* - h, w* + h] with h = {@value #DEFAULT_FRACTION} times the
 * distance from w* to the nearer end of the response's range (so the saturating ends, where q
 * vanishes and Definition 2.1 fails, are excluded). For an unbounded range h = 1. If w* sits on a
 * bound (no interior symmetric point), the middle 80 % of the range is used instead, and the
 * contract reports the missing symmetric point.
 *
 * @param label    a name for reports
 * @param response the response function
 * @param dwMin    response granularity Delta w_min (weight units per pulse, &gt; 0)
 * @param lo       lower end of the operating interval (inside the range)
 * @param hi       upper end of the operating interval (&gt; lo, inside the range)
 */
public record DeviceUnderTest(String label, ResponseFunction response, double dwMin, double lo, double hi) {

  /** Fraction of the distance from the symmetric point to the nearer bound that is operated on. */
  public static final double DEFAULT_FRACTION = 0.6;

  public DeviceUnderTest {
    if (label == null || response == null) {
      throw new IllegalArgumentException("label and response must not be null");
    }
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException(
          "operating interval must be finite with lo < hi, was [" + lo + ", " + hi + "]");
    }
    if (lo < response.wMin() || hi > response.wMax()) {
      throw new IllegalArgumentException("operating interval [" + lo + ", " + hi
          + "] must lie in the response's range [" + response.wMin() + ", " + response.wMax() + "]");
    }
  }

  /** The device with the default operating interval (see the class comment). */
  public static DeviceUnderTest of(String label, ResponseFunction response, double dwMin) {
    double a = response.wMin();
    double b = response.wMax();
    double sp = response.symmetricPoint();
    double h = Double.isFinite(a) && Double.isFinite(b)
        ? DEFAULT_FRACTION * Math.min(sp - a, b - sp) : 1.0;
    if (!(h > 0)) {
      double mid = 0.5 * (a + b);
      double half = 0.4 * (b - a);
      return new DeviceUnderTest(label, response, dwMin, mid - half, mid + half);
    }
    return new DeviceUnderTest(label, response, dwMin, sp - h, sp + h);
  }

  /** The nominal device of a spec (no device-to-device variation), default operating interval. */
  public static DeviceUnderTest of(DeviceSpec spec) {
    return of(spec.family(), spec.nominalResponse(), spec.dwMin());
  }

  public DeviceUnderTest withOperatingInterval(double newLo, double newHi) {
    return new DeviceUnderTest(label, response, dwMin, newLo, newHi);
  }

  public DeviceUnderTest withDwMin(double v) {
    return new DeviceUnderTest(label, response, v, lo, hi);
  }

  @Override
  public String toString() {
    return String.format("%s[dwMin=%.4g, operating [%.4g, %.4g], SP %.4g, %s]",
        label, dwMin, lo, hi, response.symmetricPoint(), response);
  }
}
