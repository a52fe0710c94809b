package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;

/** Small dense-vector helpers shared by the objectives and algorithms (not API). */
public final class Vectors {

  private Vectors() {}

  /** Sum of x_i y_i. */
  public static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  /** ||x - y||^2. */
  public static double distanceSquared(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double d = x[i] - y[i];
      s += d * d;
    }
    return s;
  }

  /** ||x||^2. */
  public static double normSquared(double[] x) {
    return dot(x, x);
  }

  /** A vector of {@code n} independent N(0, std^2) draws. */
  public static double[] gaussian(int n, double std, RandomGenerator rng) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = std * rng.nextGaussian();
    }
    return v;
  }

  /** Adds independent N(0, std^2) noise to every coordinate of {@code out} (no draw if std = 0). */
  static void addGaussian(double[] out, double std, RandomGenerator rng) {
    if (std == 0) {
      return;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] += std * rng.nextGaussian();
    }
  }

  static void requirePositive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + v);
    }
  }

  static void requireNonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
    }
  }

  static void requireDimension(String name, double[] v, int dim) {
    if (v.length != dim) {
      throw new IllegalArgumentException(
          name + " must have length " + dim + " (the dimension), was " + v.length);
    }
  }
}
