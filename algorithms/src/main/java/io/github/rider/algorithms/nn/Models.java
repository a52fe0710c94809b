package io.github.rider.algorithms.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The two MNIST models of the paper's experiments (Tables 1 and 2), every weighted layer analog
 * (its matrices from the given {@link MatrixFactory}, laid onto tiles by a {@link Mapping}: by
 * default AIHWKit's, tiles of at most 512 x 512 and a digital bias, so the FCN's 784-input layer is
 * two 256 x 392 tiles) and initialised as PyTorch does (uniform ±1/sqrt(fan_in)) from {@code init},
 * layer by layer in order.
 */
public final class Models {
  /** Side of an MNIST image. */
  public static final int SIDE = 28;
  /** Number of MNIST classes. */
  public static final int CLASSES = 10;

  private Models() {}

  /**
   * FCN 784-256-128-10 with sigmoid hidden activations (paper Table 2; batch 10):
   * fc1 (784 -> 256), sigmoid, fc2 (256 -> 128), sigmoid, fc3 (128 -> 10), logits.
   */
  public static Network fcn(MatrixFactory f, RandomGenerator init, int maxBatch) {
    return fcn(f, Mapping.AIHWKIT, init, maxBatch);
  }

  /** {@link #fcn(MatrixFactory, RandomGenerator, int)} with the tile mapping {@code m}. */
  public static Network fcn(MatrixFactory f, Mapping m, RandomGenerator init, int maxBatch) {
    return new Network(List.of(
        linear(f, m, "fc1", SIDE * SIDE, 256, init), new Sigmoid(256),
        linear(f, m, "fc2", 256, 128, init), new Sigmoid(128),
        linear(f, m, "fc3", 128, CLASSES, init)), maxBatch);
  }

  /**
   * LeNet-5 as the paper specifies it (Table 1; batch 8), in AIHWKit's layout:
   * conv1 (1 -> 16, 5x5) 28x28 -> 24x24, tanh, max-pool 2 -> 12x12; conv2 (16 -> 32, 5x5) -> 8x8,
   * tanh, max-pool 2 -> 4x4 (512 activations); fc1 (512 -> 128), tanh; fc2 (128 -> 10), logits.
   */
  public static Network lenet5(MatrixFactory f, RandomGenerator init, int maxBatch) {
    return lenet5(f, Mapping.AIHWKIT, init, maxBatch);
  }

  /** {@link #lenet5(MatrixFactory, RandomGenerator, int)} with the tile mapping {@code m}. */
  public static Network lenet5(MatrixFactory f, Mapping m, RandomGenerator init, int maxBatch) {
    AnalogConv2d c1 = conv(f, m, "conv1", 1, SIDE, 16, init);
    MaxPool2d p1 = new MaxPool2d(16, c1.outHeight(), c1.outWidth(), 2);
    AnalogConv2d c2 = conv(f, m, "conv2", 16, p1.outHeight(), 32, init);
    MaxPool2d p2 = new MaxPool2d(32, c2.outHeight(), c2.outWidth(), 2);
    return new Network(List.of(
        c1, new Tanh(c1.outputSize()), p1,
        c2, new Tanh(c2.outputSize()), p2,
        linear(f, m, "fc1", p2.outputSize(), 128, init), new Tanh(128),
        linear(f, m, "fc2", 128, CLASSES, init)), maxBatch);
  }

  private static AnalogLinear linear(MatrixFactory f, Mapping m, String name, int in, int out,
      RandomGenerator init) {
    AnalogLinear layer = m.digitalBias(in, out)
        ? AnalogLinear.withDigitalBias(in, out, TiledMatrix.create(f, name, out, in, m))
        : new AnalogLinear(in, out, f.create(name, out, in + 1));
    return layer.initialise(init);
  }

  /** A 5x5 convolution of a square {@code side x side} input with {@code in} channels. */
  private static AnalogConv2d conv(MatrixFactory f, Mapping m, String name, int in, int side,
      int out, RandomGenerator init) {
    int patch = in * 25;
    AnalogConv2d layer = m.digitalBias(patch, out)
        ? AnalogConv2d.withDigitalBias(in, side, side, out, 5, TiledMatrix.create(f, name, out, patch, m))
        : new AnalogConv2d(in, side, side, out, 5, f.create(name, out, patch + 1));
    return layer.initialise(init);
  }
}
