package io.github.rider.verification.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How close simulation comes to a bound over the tries of a property: the ratio simulated / bound
 * (or the property's own figure of merit, named in its result), min, median and max over tries.
 *
 * @param min    smallest ratio
 * @param median median ratio
 * @param max    largest ratio
 * @param count  number of finite ratios summarised
 * @param sorted the finite ratios, ascending (for counts against a floor, {@link #countBelow})
 */
public record Tightness(double min, double median, double max, int count, List<Double> sorted) {

  public Tightness {
    sorted = List.copyOf(sorted);
    if (sorted.size() != count) {
      throw new IllegalArgumentException("count " + count + " but " + sorted.size() + " ratios");
    }
  }

  /** The summary of the finite entries of {@code ratios} (NaN entries, e.g. skipped tries, are ignored). */
  public static Tightness of(double[] ratios) {
    double[] r = Arrays.stream(ratios).filter(Double::isFinite).sorted().toArray();
    List<Double> sorted = Arrays.stream(r).boxed().toList();
    if (r.length == 0) {
      return new Tightness(Double.NaN, Double.NaN, Double.NaN, 0, sorted);
    }
    int n = r.length;
    double med = n % 2 == 1 ? r[n / 2] : 0.5 * (r[n / 2 - 1] + r[n / 2]);
    return new Tightness(r[0], med, r[n - 1], n, sorted);
  }

  /** The number of finite ratios strictly below {@code x}. */
  public int countBelow(double x) {
    return (int) sorted.stream().filter(v -> v < x).count();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "min %.3g, median %.3g, max %.3g (%d tries)", min, median, max, count);
  }
}
