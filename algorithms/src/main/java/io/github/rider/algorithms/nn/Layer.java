package io.github.rider.algorithms.nn;

import java.util.List;

/**
 * One layer of a feed-forward network, processed one sample at a time. Layers are stateless
 * between calls apart from their weights: the {@link Network} keeps each sample's input, output
 * and output gradient and hands them back to {@link #backward} and {@link #update}, so a
 * mini-batch runs as in AIHWKit: forward of every sample, backward of every sample, then the
 * per-sample weight updates (see {@link TrainableMatrix}).
 *
 * <p>Vectors are flat {@code double[]}; images are channel-major, row-major ({@code c, y, x}).
 */
public interface Layer {

  /** Length of the input vector. */
  int inputSize();

  /** Length of the output vector. */
  int outputSize();

  /** y = f(x) for one sample. */
  void forward(double[] x, double[] y);

  /**
   * dx = (df/dx)^T dy for one sample, given the input and output of its forward pass; when
   * {@code dx} is null (the first layer) only what the update needs is done.
   */
  void backward(double[] x, double[] y, double[] dy, double[] dx);

  /**
   * The SGD step on the layer's weights for the first {@code n} samples of a mini-batch:
   * W &lt;- W - lr sum_s dy_s x_s^T (through the layer's {@link TrainableMatrix}); nothing for
   * layers without weights.
   */
  default void update(double[][] x, double[][] dy, int n, double lr) {}

  /** The trainable matrices of this layer (empty for activations and pooling). */
  default List<TrainableMatrix> matrices() {
    return List.of();
  }
}
