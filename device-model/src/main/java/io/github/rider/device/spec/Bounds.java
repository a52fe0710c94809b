package io.github.rider.device.spec;

import io.github.rider.theory.Require;
/**
 * Weight bounds of a pulsed device with their device-to-device spread (docs/devices.md §3):
 * b_max = wMax (1 + wMaxDtod xi), b_min = wMin (1 + wMinDtod xi), relative spreads. AIHWKit
 * refuses to construct unless wMin &lt;= 0 &lt;= wMax.
 *
 * @param wMax     nominal upper bound w_max (weight units, &gt;= 0)
 * @param wMin     nominal lower bound w_min (weight units, &lt;= 0)
 * @param wMaxDtod relative device-to-device spread of b_max (&gt;= 0)
 * @param wMinDtod relative device-to-device spread of b_min (&gt;= 0)
 */
public record Bounds(double wMax, double wMin, double wMaxDtod, double wMinDtod) {

  /** AIHWKit's defaults: +-0.6 with relative spread 0.3. */
  public static final Bounds AIHWKIT_DEFAULTS = new Bounds(0.6, -0.6, 0.3, 0.3);

  public Bounds {
    if (!(wMax >= 0) || Double.isInfinite(wMax)) {
      throw new IllegalArgumentException("wMax must be finite and >= 0, was " + wMax);
    }
    if (!(wMin <= 0) || Double.isInfinite(wMin)) {
      throw new IllegalArgumentException("wMin must be finite and <= 0, was " + wMin);
    }
    Require.nonNegative("wMaxDtod", wMaxDtod);
    Require.nonNegative("wMinDtod", wMinDtod);
  }

  /** Fixed bounds [lo, hi] without spread. */
  public static Bounds fixed(double lo, double hi) {
    return new Bounds(hi, lo, 0, 0);
  }

  /** wMax - wMin. */
  public double range() {
    return wMax - wMin;
  }

  public Bounds withWMax(double v) {
    return new Bounds(v, wMin, wMaxDtod, wMinDtod);
  }

  public Bounds withWMin(double v) {
    return new Bounds(wMax, v, wMaxDtod, wMinDtod);
  }

  public Bounds withWMaxDtod(double v) {
    return new Bounds(wMax, wMin, v, wMinDtod);
  }

  public Bounds withWMinDtod(double v) {
    return new Bounds(wMax, wMin, wMaxDtod, v);
  }
}
