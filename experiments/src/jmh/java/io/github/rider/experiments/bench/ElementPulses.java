package io.github.rider.experiments.bench;

/**
 * The fixed number of element operations per benchmark invocation of the element-wise benchmarks
 * (W1, the Gaussian floor, the mean-field update), so that one {@code @OperationsPerInvocation}
 * serves every array size: an invocation runs {@link #PER_INVOCATION} / n sweeps over n elements.
 */
final class ElementPulses {

  /**
   * Element operations per invocation, 2^24 (64 sweeps of a 512 x 512 array: zero-shifting runs
   * hundreds to thousands of them, and the blocked W1 kernel keeps a block in cache for all
   * sweeps of one call).
   */
  static final int PER_INVOCATION = 1 << 24;

  private ElementPulses() {}

  /** Sweeps per invocation for an array of {@code side} x {@code side} elements. */
  static int sweeps(int side) {
    int n = side * side;
    if (side <= 0 || PER_INVOCATION % n != 0) {
      throw new IllegalArgumentException("side^2 must divide 2^24 (side a power of two up to 4096),"
          + " was side " + side);
    }
    return PER_INVOCATION / n;
  }
}
