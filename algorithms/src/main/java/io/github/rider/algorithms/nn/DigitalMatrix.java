package io.github.rider.algorithms.nn;

/**
 * Floating-point weight matrix: the digital twin of every analog cell (exact forward and
 * backward, W &lt;- W - lr d x^T).
 */
public final class DigitalMatrix implements TrainableMatrix {
  private final int rows;
  private final int cols;
  private final double[] w;

  public DigitalMatrix(int rows, int cols) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + ", " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.w = new double[rows * cols];
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  @Override
  public void forward(double[] x, double[] y) {
    for (int i = 0; i < rows; i++) {
      double s = 0;
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        s += w[o + j] * x[j];
      }
      y[i] = s;
    }
  }

  @Override
  public void backward(double[] d, double[] z) {
    java.util.Arrays.fill(z, 0, cols, 0);
    for (int i = 0; i < rows; i++) {
      double di = d[i];
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        z[j] += w[o + j] * di;
      }
    }
  }

  @Override
  public void update(double[] x, double[] d, double lr) {
    for (int i = 0; i < rows; i++) {
      double s = lr * d[i];
      if (s == 0) {
        continue;
      }
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        w[o + j] -= s * x[j];
      }
    }
  }

  @Override
  public void readWeights(double[] out) {
    System.arraycopy(w, 0, out, 0, w.length);
  }

  @Override
  public void setWeights(double[] v) {
    if (v.length != w.length) {
      throw new IllegalArgumentException("expected " + w.length + " weights, got " + v.length);
    }
    System.arraycopy(v, 0, w, 0, w.length);
  }
}
