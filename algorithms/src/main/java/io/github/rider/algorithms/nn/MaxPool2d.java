package io.github.rider.algorithms.nn;

/**
 * Max pooling over non-overlapping {@code size x size} windows (stride = size, no padding; a
 * remainder row/column is dropped, as PyTorch's {@code MaxPool2d} does). Backward routes each
 * output gradient to the first position of its window (row-major) that holds the maximum.
 */
public final class MaxPool2d implements Layer {
  private final int channels;
  private final int height;
  private final int width;
  private final int size;
  private final int outH;
  private final int outW;

  /** Pooling of a {@code channels x height x width} input with {@code size x size} windows. */
  public MaxPool2d(int channels, int height, int width, int size) {
    if (channels <= 0 || size <= 0 || height < size || width < size) {
      throw new IllegalArgumentException("need channels, size > 0 and height, width >= size; were "
          + channels + ", " + size + ", " + height + ", " + width);
    }
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.size = size;
    this.outH = height / size;
    this.outW = width / size;
  }

  /** Output height (= height / size). */
  public int outHeight() {
    return outH;
  }

  /** Output width (= width / size). */
  public int outWidth() {
    return outW;
  }

  @Override
  public int inputSize() {
    return channels * height * width;
  }

  @Override
  public int outputSize() {
    return channels * outH * outW;
  }

  /** Index into x of the first maximum of output element (c, oy, ox)'s window. */
  private int argmax(double[] x, int c, int oy, int ox) {
    int best = -1;
    double max = Double.NEGATIVE_INFINITY;
    for (int dy = 0; dy < size; dy++) {
      int row = (c * height + oy * size + dy) * width + ox * size;
      for (int dx = 0; dx < size; dx++) {
        double v = x[row + dx];
        if (best < 0 || v > max || Double.isNaN(v)) {
          best = row + dx;
          max = v;
          if (Double.isNaN(v)) {
            return best;
          }
        }
      }
    }
    return best;
  }

  @Override
  public void forward(double[] x, double[] y) {
    int o = 0;
    for (int c = 0; c < channels; c++) {
      for (int oy = 0; oy < outH; oy++) {
        for (int ox = 0; ox < outW; ox++) {
          y[o++] = x[argmax(x, c, oy, ox)];
        }
      }
    }
  }

  @Override
  public void backward(double[] x, double[] y, double[] dy, double[] dx) {
    if (dx == null) {
      return;
    }
    java.util.Arrays.fill(dx, 0, inputSize(), 0);
    int o = 0;
    for (int c = 0; c < channels; c++) {
      for (int oy = 0; oy < outH; oy++) {
        for (int ox = 0; ox < outW; ox++) {
          dx[argmax(x, c, oy, ox)] += dy[o++];
        }
      }
    }
  }
}
