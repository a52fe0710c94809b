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

  /**
   * Index into x of the first maximum of output element (c, oy, ox)'s window (row-major), or of
   * its first NaN. Written without data-dependent branches (a later element replaces the best
   * one if it is larger or the first NaN, and a NaN is never replaced), since which element of a
   * window wins is random.
   */
  private int argmax(double[] x, int c, int oy, int ox) {
    int first = (c * height + oy * size) * width + ox * size;
    int best = first;
    double max = x[first];
    for (int dy = 0; dy < size; dy++) {
      int row = first + dy * width;
      for (int dx = dy == 0 ? 1 : 0; dx < size; dx++) {
        double v = x[row + dx];
        boolean take = (v > max || v != v) && max == max;
        best = take ? row + dx : best;
        max = take ? v : max;
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
