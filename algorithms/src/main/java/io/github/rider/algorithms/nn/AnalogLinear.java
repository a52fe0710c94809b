package io.github.rider.algorithms.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fully connected layer y = W x + b on one {@link TrainableMatrix} of shape
 * {@code out x (in + 1)}: as AIHWKit does with {@code analog_bias}, the bias is the last column
 * of the tile and the input is extended by a constant 1, so y = [W | b] [x; 1] and the bias is
 * stored, read and updated by the same (analog) cell as the weights.
 *
 * <p>Gradients: dx = W^T dy (the bias row of the backward result dropped) and the update is the
 * rank-1 step [W | b] &lt;- [W | b] - lr dy [x; 1]^T per sample.
 */
public final class AnalogLinear implements Layer {
  private final int in;
  private final int out;
  private final TrainableMatrix matrix;
  private final double[] xb;
  private final double[] zb;

  /** A layer {@code in -> out} whose weights live in {@code matrix} ({@code out x (in + 1)}). */
  public AnalogLinear(int in, int out, TrainableMatrix matrix) {
    if (matrix.rows() != out || matrix.cols() != in + 1) {
      throw new IllegalArgumentException("matrix must be " + out + " x " + (in + 1)
          + " (out x in + bias), was " + matrix.rows() + " x " + matrix.cols());
    }
    this.in = in;
    this.out = out;
    this.matrix = matrix;
    this.xb = new double[in + 1];
    this.zb = new double[in + 1];
    xb[in] = 1;
  }

  /**
   * PyTorch's (and AIHWKit's) default initialisation of {@code nn.Linear}: weights and bias
   * uniform on [-1/sqrt(in), 1/sqrt(in)], programmed into the matrix.
   */
  public AnalogLinear initialise(RandomGenerator rng) {
    Initialisation.uniformFanIn(matrix, in, rng);
    return this;
  }

  @Override
  public int inputSize() {
    return in;
  }

  @Override
  public int outputSize() {
    return out;
  }

  @Override
  public void forward(double[] x, double[] y) {
    System.arraycopy(x, 0, xb, 0, in);
    matrix.forward(xb, y);
  }

  @Override
  public void backward(double[] x, double[] y, double[] dy, double[] dx) {
    if (dx == null) {
      return;
    }
    matrix.backward(dy, zb);
    System.arraycopy(zb, 0, dx, 0, in);
  }

  @Override
  public void update(double[][] x, double[][] dy, int n, double lr) {
    for (int s = 0; s < n; s++) {
      System.arraycopy(x[s], 0, xb, 0, in);
      matrix.update(xb, dy[s], lr);
    }
    matrix.endBatch();
  }

  @Override
  public List<TrainableMatrix> matrices() {
    return List.of(matrix);
  }
}
