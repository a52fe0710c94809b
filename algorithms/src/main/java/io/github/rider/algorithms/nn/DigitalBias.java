package io.github.rider.algorithms.nn;

import java.util.random.RandomGenerator;

/**
 * The digital bias of a layer (AIHWKit's {@code digital_bias}, docs/tile-periphery.md §4.2): a
 * floating-point vector b added after the analog output, y = analog(x) + b, and updated exactly by
 * the optimizer. Every method does nothing when {@code b} is null (analog bias).
 */
final class DigitalBias {
  private DigitalBias() {}

  /** Draws every entry uniform on ±1/sqrt(fanIn), torch's bias initialisation. */
  static void initialise(double[] b, int fanIn, RandomGenerator rng) {
    if (b == null) {
      return;
    }
    double bound = 1 / Math.sqrt(fanIn);
    for (int k = 0; k < b.length; k++) {
      b[k] = bound * (2 * rng.nextDouble() - 1);
    }
  }

  /** y += b. */
  static void add(double[] b, double[] y) {
    if (b != null) {
      for (int i = 0; i < b.length; i++) {
        y[i] += b[i];
      }
    }
  }

  /** The exact step b &lt;- b - lr dy. */
  static void step(double[] b, double[] dy, double lr) {
    if (b != null) {
      for (int i = 0; i < b.length; i++) {
        b[i] -= lr * dy[i];
      }
    }
  }
}
