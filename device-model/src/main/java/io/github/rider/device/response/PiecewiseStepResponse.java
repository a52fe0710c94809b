package io.github.rider.device.response;

import java.util.Arrays;

/**
 * AIHWKit PiecewiseStep (docs/devices.md §2): node vectors up, down of equal length n, spaced
 * evenly over [bMin, bMax]. With t = (w - bMin)/(bMax - bMin) (n - 1) and k = min(floor(t), n-2),
 * q+(w) = aUp (up[k] + (t - k)(up[k+1] - up[k])), likewise q- with down; with one node, or
 * bMax &lt;= bMin, the first node is used.
 *
 * <p>Symmetric point: numerical root of the piecewise-linear G; derivatives analytic (the slope
 * of the segment); constants sampled.
 *
 * @param aUp   up-step multiplier alpha_up/dw_min (dimensionless)
 * @param aDown down-step multiplier alpha_down/dw_min (dimensionless)
 * @param up    node values of the up step (dimensionless, non-empty, finite)
 * @param down  node values of the down step (same length as up)
 * @param bMin  lower bound (weight units)
 * @param bMax  upper bound (weight units, &gt;= bMin)
 */
public record PiecewiseStepResponse(
    double aUp, double aDown, double[] up, double[] down, double bMin, double bMax)
    implements AnalyticResponse, HardBounded {

  public PiecewiseStepResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    up = checkNodes("piecewiseUp", up);
    down = checkNodes("piecewiseDown", down);
    if (up.length != down.length) {
      throw new IllegalArgumentException(
          "piecewiseUp and piecewiseDown must have equal length, were "
              + up.length + " and " + down.length);
    }
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  static double[] checkNodes(String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException(name + " must have at least one node");
    }
    for (int k = 0; k < v.length; k++) {
      ResponseAnalysis.requireFinite(name + "[" + k + "]", v[k]);
    }
    return v.clone();
  }

  @Override
  public double[] up() {
    return up.clone();
  }

  @Override
  public double[] down() {
    return down.clone();
  }

  /** Node coordinate t = (w - bMin)/(bMax - bMin) (n - 1), or NaN with one node / no range. */
  private static double coordinate(double[] v, double bMin, double bMax, double w) {
    if (v.length == 1 || !(bMax > bMin)) {
      return Double.NaN;
    }
    return (w - bMin) / (bMax - bMin) * (v.length - 1);
  }

  /** Segment index k = min(floor(t), n - 2), at least 0. */
  private static int segment(double[] v, double t) {
    return Math.max(0, Math.min((int) Math.floor(t), v.length - 2));
  }

  /** Interpolated node value of {@code v} at w (docs/devices.md §2). */
  public static double interpolate(double[] v, double bMin, double bMax, double w) {
    double t = coordinate(v, bMin, bMax, w);
    if (Double.isNaN(t)) {
      return v[0];
    }
    int k = segment(v, t);
    return v[k] + (t - k) * (v[k + 1] - v[k]);
  }

  /** d/dw of {@link #interpolate}: the slope of the segment holding w. */
  private static double slope(double[] v, double bMin, double bMax, double w) {
    double t = coordinate(v, bMin, bMax, w);
    if (Double.isNaN(t)) {
      return 0;
    }
    int k = segment(v, t);
    return (v[k + 1] - v[k]) * (v.length - 1) / (bMax - bMin);
  }

  @Override
  public double qPlus(double w) {
    return aUp * interpolate(up, bMin, bMax, w);
  }

  @Override
  public double qMinus(double w) {
    return aDown * interpolate(down, bMin, bMax, w);
  }

  @Override
  public double dqPlus(double w) {
    return aUp * slope(up, bMin, bMax, w);
  }

  @Override
  public double dqMinus(double w) {
    return aDown * slope(down, bMin, bMax, w);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiecewiseStepResponse r
        && Double.compare(aUp, r.aUp) == 0
        && Double.compare(aDown, r.aDown) == 0
        && Arrays.equals(up, r.up)
        && Arrays.equals(down, r.down)
        && Double.compare(bMin, r.bMin) == 0
        && Double.compare(bMax, r.bMax) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(up) + Arrays.hashCode(down))
        + Double.hashCode(aUp + 3 * aDown + 5 * bMin + 7 * bMax);
  }

  @Override
  public String toString() {
    return "PiecewiseStepResponse[aUp=" + aUp + ", aDown=" + aDown + ", up="
        + Arrays.toString(up) + ", down=" + Arrays.toString(down) + ", bMin=" + bMin
        + ", bMax=" + bMax + "]";
  }
}
