package io.github.rider.algorithms.nn;

/** y = 1 / (1 + e^-x), dx = y (1 - y) dy (the paper's FCN's hidden activation). */
public final class Sigmoid extends Activation {

  /** An activation over vectors of length {@code size}. */
  public Sigmoid(int size) {
    super(size);
  }

  @Override
  double value(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Override
  double slopeAtOutput(double y) {
    return y * (1 - y);
  }
}
