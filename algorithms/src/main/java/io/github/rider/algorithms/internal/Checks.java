package io.github.rider.algorithms.internal;

/** NaN-safe parameter checks shared by the algorithms module's records (not API). */
public final class Checks {
  private Checks() {}

  /** Throws unless {@code v} is finite and &gt; 0; the message names the parameter. */
  public static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
  }

  /** Throws unless {@code v} is finite and &gt;= 0; the message names the parameter. */
  public static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
    }
  }
}
