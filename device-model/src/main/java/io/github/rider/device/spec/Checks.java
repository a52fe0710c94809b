package io.github.rider.device.spec;

/** NaN-safe parameter checks whose messages name the parameter (not API). */
final class Checks {

  private Checks() {}

  static void finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
  }

  static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
  }

  static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
    }
  }

  static void notNull(String name, Object o) {
    if (o == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
