package io.github.rider.experiments.stats;

import java.util.List;

/**
 * Summary statistics of replicates, the one place the runners compute them: mean, sample standard
 * deviation (n - 1) and standard error of the mean.
 */
public final class Summary {

  private Summary() {}

  /** Mean (NaN for an empty list). */
  public static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Sample standard deviation, sqrt(sum (x - mean)^2 / (n - 1)) (NaN below 2 values). */
  public static double std(List<Double> xs) {
    if (xs.size() < 2) {
      return Double.NaN;
    }
    double m = mean(xs);
    double ss = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
    return Math.sqrt(ss / (xs.size() - 1));
  }

  /** Standard error of the mean, std / sqrt(n) (NaN below 2 values). */
  public static double standardError(List<Double> xs) {
    return std(xs) / Math.sqrt(xs.size());
  }
}
