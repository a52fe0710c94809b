package io.github.rider.algorithms;

/**
 * How long to run and what to record.
 *
 * @param iterations K, number of training iterations (&gt;= 0)
 * @param stride     history stride s: metrics of iterates 0, s, 2s, ... are kept (&gt; 0)
 * @param bitLength  BL of the paper's nominal pulse count iterations x BL (&gt; 0); AIHWKit's
 *                   default desired_BL is 31
 */
public record RunSettings(long iterations, long stride, int bitLength) {

  public RunSettings {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
    }
    if (stride <= 0) {
      throw new IllegalArgumentException("stride must be > 0, was " + stride);
    }
    if (bitLength <= 0) {
      throw new IllegalArgumentException("bitLength must be > 0, was " + bitLength);
    }
  }

  /** K iterations, stride s, BL = 31. */
  public static RunSettings of(long iterations, long stride) {
    return new RunSettings(iterations, stride, 31);
  }

  public RunSettings withIterations(long v) {
    return new RunSettings(v, stride, bitLength);
  }

  public RunSettings withStride(long v) {
    return new RunSettings(iterations, v, bitLength);
  }

  public RunSettings withBitLength(int v) {
    return new RunSettings(iterations, stride, v);
  }
}
