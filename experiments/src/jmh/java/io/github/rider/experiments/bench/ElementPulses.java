package io.github.rider.experiments.bench;

/**
 * The fixed number of element operations per benchmark invocation of the element-wise benchmarks
 * (W1, the Gaussian floor, the mean-field update), so that one {@code @OperationsPerInvocation}
 * serves every array size: an invocation runs {@link #PER_INVOCATION} / n sweeps over n elements.
 */
final class ElementPulses {

  /** Element operations per invocation, 2^20. */
  static final int PER_INVOCATION = 1 << 20;

  private ElementPulses() {}

  /** Sweeps per invocation for an array of {@code side} x {@code side} elements. */
  static int sweeps(int side) {
    int n = side * side;
    if (side <= 0 || PER_INVOCATION % n != 0) {
      throw new IllegalArgumentException("side^2 must divide 2^20 (side a power of two up to 1024),"
          + " was side " + side);
    }
    return PER_INVOCATION / n;
  }
}
