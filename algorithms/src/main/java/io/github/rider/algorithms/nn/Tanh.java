package io.github.rider.algorithms.nn;

/** y = tanh(x), dx = (1 - y^2) dy (LeNet-5's hidden activation of the paper's MNIST models). */
public final class Tanh extends Activation {

  /** An activation over vectors of length {@code size}. */
  public Tanh(int size) {
    super(size);
  }

  @Override
  double value(double x) {
    return Math.tanh(x);
  }

  @Override
  double slopeAtOutput(double y) {
    return 1 - y * y;
  }
}
