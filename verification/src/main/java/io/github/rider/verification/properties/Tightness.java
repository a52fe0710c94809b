package io.github.rider.verification.properties;

import java.util.Arrays;
import java.util.Locale;

/**
 * How close simulation comes to a bound over the tries of a property: the ratio simulated / bound
 * (or the property's own figure of merit, named in its result), min, median and max over tries.
 *
 * @param min    smallest ratio
 * @param median median ratio
 * @param max    largest ratio
 * @param count  number of finite ratios summarised
 */
public record Tightness(double min, double median, double max, int count) {

  /** The summary of the finite entries of {@code ratios} (NaN entries, e.g. skipped tries, are ignored). */
  public static Tightness of(double[] ratios) {
    double[] r = Arrays.stream(ratios).filter(Double::isFinite).sorted().toArray();
    if (r.length == 0) {
      return new Tightness(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    int n = r.length;
    double med = n % 2 == 1 ? r[n / 2] : 0.5 * (r[n / 2 - 1] + r[n / 2]);
    return new Tightness(r[0], med, r[n - 1], n);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "min %.3g, median %.3g, max %.3g (%d tries)", min, median, max, count);
  }
}
