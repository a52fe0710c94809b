package io.github.rider.algorithms.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * 2-D convolution (stride 1, no padding) as im2col onto one {@link TrainableMatrix}, as AIHWKit's
 * analog {@code Conv2d} maps it: the kernel is a matrix of shape
 * {@code outChannels x (inChannels k k + 1)} (column c k^2 + ky k + kx, the bias in the last
 * column), and each output position p is one matrix-vector product y_p = [K | b] [patch_p; 1]
 * through the cell's forward. Backward runs the cell's backward once per position and scatters
 * (col2im); the update is one rank-1 step per position and sample,
 * [K | b] &lt;- [K | b] - lr dy_p [patch_p; 1]^T, i.e. the tile sees the positions as its
 * mini-batch, as in AIHWKit. With a digital bias ({@link #withDigitalBias}, AIHWKit's
 * {@code digital_bias}) the kernel matrix is {@code outChannels x inChannels k k}, b is added to
 * every position's output and updated exactly, b &lt;- b - lr dy_p per position and sample.
 *
 * <p>Input {@code inChannels x height x width}, output {@code outChannels x (height - k + 1) x
 * (width - k + 1)}, channel-major and row-major.
 */
public final class AnalogConv2d implements Layer {
  private final int channels;
  private final int height;
  private final int width;
  private final int outChannels;
  private final int k;
  private final int outH;
  private final int outW;
  private final int patch;
  private final TrainableMatrix matrix;
  private final double[] bias;
  private final double[] xb;
  private final double[] yb;
  private final double[] zb;

  /** A {@code k x k} convolution of a {@code channels x height x width} input, analog bias. */
  public AnalogConv2d(int channels, int height, int width, int outChannels, int k,
      TrainableMatrix matrix) {
    this(channels, height, width, outChannels, k, matrix, false);
  }

  /** As the constructor, with the kernel in {@code matrix} ({@code outChannels x channels k^2}) and a digital bias. */
  public static AnalogConv2d withDigitalBias(int channels, int height, int width, int outChannels,
      int k, TrainableMatrix matrix) {
    return new AnalogConv2d(channels, height, width, outChannels, k, matrix, true);
  }

  private AnalogConv2d(int channels, int height, int width, int outChannels, int k,
      TrainableMatrix matrix, boolean digitalBias) {
    if (channels <= 0 || outChannels <= 0 || k <= 0 || height < k || width < k) {
      throw new IllegalArgumentException("need channels, outChannels, k > 0 and height, width >= k; were "
          + channels + ", " + outChannels + ", " + k + ", " + height + ", " + width);
    }
    this.patch = channels * k * k;
    int cols = digitalBias ? patch : patch + 1;
    if (matrix.rows() != outChannels || matrix.cols() != cols) {
      throw new IllegalArgumentException("matrix must be " + outChannels + " x " + cols
          + (digitalBias ? " (outChannels x inChannels k^2)" : " (outChannels x inChannels k^2 + bias)")
          + ", was " + matrix.rows() + " x " + matrix.cols());
    }
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.outChannels = outChannels;
    this.k = k;
    this.outH = height - k + 1;
    this.outW = width - k + 1;
    this.matrix = matrix;
    this.bias = digitalBias ? new double[outChannels] : null;
    this.xb = new double[cols];
    this.yb = new double[outChannels];
    this.zb = new double[cols];
    if (!digitalBias) {
      xb[patch] = 1;
    }
  }

  /** PyTorch's default: kernel and bias uniform on ±1/sqrt(inChannels k^2). */
  public AnalogConv2d initialise(RandomGenerator rng) {
    Initialisation.uniformFanIn(matrix, patch, rng);
    DigitalBias.initialise(bias, patch, rng);
    return this;
  }

  /** Output height (= height - k + 1). */
  public int outHeight() {
    return outH;
  }

  /** Output width (= width - k + 1). */
  public int outWidth() {
    return outW;
  }

  @Override
  public int inputSize() {
    return channels * height * width;
  }

  @Override
  public int outputSize() {
    return outChannels * outH * outW;
  }

  /** Copies the patch of output position (oy, ox) into xb[0 .. patch). */
  private void im2col(double[] x, int oy, int ox) {
    int j = 0;
    for (int c = 0; c < channels; c++) {
      for (int ky = 0; ky < k; ky++) {
        int row = (c * height + oy + ky) * width + ox;
        for (int kx = 0; kx < k; kx++) {
          xb[j++] = x[row + kx];
        }
      }
    }
  }

  @Override
  public void forward(double[] x, double[] y) {
    int positions = outH * outW;
    for (int oy = 0; oy < outH; oy++) {
      for (int ox = 0; ox < outW; ox++) {
        im2col(x, oy, ox);
        matrix.forward(xb, yb);
        DigitalBias.add(bias, yb);
        int p = oy * outW + ox;
        for (int o = 0; o < outChannels; o++) {
          y[o * positions + p] = yb[o];
        }
      }
    }
  }

  /** Copies the output gradient of position p into yb. */
  private void gatherGradient(double[] dy, int p) {
    int positions = outH * outW;
    for (int o = 0; o < outChannels; o++) {
      yb[o] = dy[o * positions + p];
    }
  }

  @Override
  public void backward(double[] x, double[] y, double[] dy, double[] dx) {
    if (dx == null) {
      return;
    }
    java.util.Arrays.fill(dx, 0, inputSize(), 0);
    for (int oy = 0; oy < outH; oy++) {
      for (int ox = 0; ox < outW; ox++) {
        gatherGradient(dy, oy * outW + ox);
        matrix.backward(yb, zb);
        int j = 0;
        for (int c = 0; c < channels; c++) {
          for (int ky = 0; ky < k; ky++) {
            int row = (c * height + oy + ky) * width + ox;
            for (int kx = 0; kx < k; kx++) {
              dx[row + kx] += zb[j++];
            }
          }
        }
      }
    }
  }

  @Override
  public void update(double[][] x, double[][] dy, int n, double lr) {
    for (int s = 0; s < n; s++) {
      for (int oy = 0; oy < outH; oy++) {
        for (int ox = 0; ox < outW; ox++) {
          im2col(x[s], oy, ox);
          gatherGradient(dy[s], oy * outW + ox);
          matrix.update(xb, yb, lr);
          DigitalBias.step(bias, yb, lr);
        }
      }
    }
    matrix.endBatch();
  }

  @Override
  public List<TrainableMatrix> matrices() {
    return List.of(matrix);
  }
}
