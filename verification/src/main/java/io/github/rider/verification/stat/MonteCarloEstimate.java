package io.github.rider.verification.stat;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A Monte Carlo estimate of an expectation E[X] from R independent, seeded replicas, with
 * one-sided Student-t confidence bounds.
 *
 * <p>For replicas x_1..x_R with mean m and sample standard deviation s, the one-sided upper
 * bound at false-failure probability a is m + t_{R-1, 1-a} s / sqrt(R); under normality (and,
 * by the CLT, approximately for R of a few dozen) P(E[X] &gt; bound) = a. A check "E[X] &lt;= B"
 * that fails only when the <em>lower</em> bound exceeds B wrongly rejects a true claim with
 * probability at most a.
 *
 * @param values the replica values, in replica order (copied)
 */
public record MonteCarloEstimate(double[] values) {

  public MonteCarloEstimate {
    if (values == null || values.length < 2) {
      throw new IllegalArgumentException("a Monte Carlo estimate needs at least 2 replicas");
    }
    values = values.clone();
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("replica value is not finite: " + v);
      }
    }
  }

  /** Runs {@code replicas} replicas; replica i gets index i (seed it from i). */
  public static MonteCarloEstimate of(int replicas, LongToDoubleFunction replica) {
    if (replicas < 2) {
      throw new IllegalArgumentException("replicas must be >= 2, was " + replicas);
    }
    double[] v = new double[replicas];
    for (int i = 0; i < replicas; i++) {
      v[i] = replica.applyAsDouble(i);
    }
    return new MonteCarloEstimate(v);
  }

  public int replicas() {
    return values.length;
  }

  public double mean() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  /** Unbiased sample standard deviation. */
  public double std() {
    double m = mean();
    double s = 0;
    for (double v : values) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (values.length - 1));
  }

  /** Standard error of the mean, s / sqrt(R). */
  public double standardError() {
    return std() / Math.sqrt(values.length);
  }

  /** One-sided upper confidence bound: P(E[X] &gt; result) = falseFailureProbability. */
  public double upperBound(double falseFailureProbability) {
    return mean() + tQuantile(falseFailureProbability) * standardError();
  }

  /** One-sided lower confidence bound: P(E[X] &lt; result) = falseFailureProbability. */
  public double lowerBound(double falseFailureProbability) {
    return mean() - tQuantile(falseFailureProbability) * standardError();
  }

  public double min() {
    return Arrays.stream(values).min().orElseThrow();
  }

  public double max() {
    return Arrays.stream(values).max().orElseThrow();
  }

  public double median() {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  private double tQuantile(double a) {
    if (!(a > 0 && a < 0.5)) {
      throw new IllegalArgumentException("falseFailureProbability must be in (0, 0.5), was " + a);
    }
    return new TDistribution(values.length - 1).inverseCumulativeProbability(1 - a);
  }

  @Override
  public String toString() {
    return String.format("%.6g ± %.3g (R=%d, sd=%.3g)", mean(), standardError(), replicas(), std());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonteCarloEstimate m && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
