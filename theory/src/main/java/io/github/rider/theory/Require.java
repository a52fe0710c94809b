package io.github.rider.theory;

/**
 * Argument checks of every module's parameter records and bounds: NaN-safe, and the message names
 * the parameter and the value ({@code "dwMin must be finite and > 0, was NaN"}). The checks of
 * single numbers and references are public, for the records of the other modules; the rest serve
 * the bound classes.
 */
public final class Require {

  private Require() {}

  /** {@code x}, if finite and &gt; 0. */
  public static double positive(String name, double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + x);
    }
    return x;
  }

  /** {@code x}, if finite and &gt;= 0. */
  public static double nonNegative(String name, double x) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + x);
    }
    return x;
  }

  /** {@code x}, if finite. */
  public static double finite(String name, double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + " must be finite, was " + x);
    }
    return x;
  }

  /** {@code n}, if &gt;= 1. */
  public static long positive(String name, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + n);
    }
    return n;
  }

  /** {@code n}, if &gt;= 0. */
  public static long nonNegative(String name, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + n);
    }
    return n;
  }

  /** {@code x}, if in [0, 1]. */
  public static double unitInterval(String name, double x) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + x);
    }
    return x;
  }

  /** {@code o}, if not null. */
  public static <T> T notNull(String name, T o) {
    if (o == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return o;
  }

  /** eta of the EMA (12): 0 &lt; eta &lt;= 1. */
  static double eta(double eta) {
    if (!(eta > 0 && eta <= 1)) {
      throw new IllegalArgumentException("eta must be in (0, 1], was " + eta);
    }
    return eta;
  }

  static double[] finiteVector(String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException(name + " must be a non-empty array");
    }
    for (int i = 0; i < v.length; i++) {
      finite(name + "[" + i + "]", v[i]);
    }
    return v;
  }

  static void sameLength(String what, double[]... vs) {
    for (double[] v : vs) {
      if (v.length != vs[0].length) {
        throw new IllegalArgumentException(
            what + ": arrays must have the same length, got " + vs[0].length + " and " + v.length);
      }
    }
  }

  /** The smallest integer &gt;= x, as a long; x must be finite and &gt;= 0. */
  static long ceilToLong(String what, double x) {
    double c = Math.ceil(x);
    if (!(c >= 0) || c >= 0x1p63) {
      throw new ArithmeticException(what + " does not fit in a long: " + x);
    }
    return (long) c;
  }

  /** Arithmetic mean of a non-empty finite array. */
  static double mean(String name, double[] v) {
    finiteVector(name, v);
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
