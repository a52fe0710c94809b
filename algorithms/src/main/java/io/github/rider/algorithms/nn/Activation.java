package io.github.rider.algorithms.nn;

/**
 * An element-wise activation y_i = f(x_i) whose derivative is a function of the output,
 * dx_i = f'(y_i) dy_i.
 */
abstract class Activation implements Layer {
  private final int size;

  Activation(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be > 0, was " + size);
    }
    this.size = size;
  }

  abstract double value(double x);

  /** f' expressed through the output y = f(x). */
  abstract double slopeAtOutput(double y);

  @Override
  public final int inputSize() {
    return size;
  }

  @Override
  public final int outputSize() {
    return size;
  }

  @Override
  public final void forward(double[] x, double[] y) {
    for (int i = 0; i < size; i++) {
      y[i] = value(x[i]);
    }
  }

  @Override
  public final void backward(double[] x, double[] y, double[] dy, double[] dx) {
    if (dx == null) {
      return;
    }
    for (int i = 0; i < size; i++) {
      dx[i] = slopeAtOutput(y[i]) * dy[i];
    }
  }
}
