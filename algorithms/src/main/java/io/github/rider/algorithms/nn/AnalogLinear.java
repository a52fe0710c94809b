package io.github.rider.algorithms.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fully connected layer y = W x + b, the weight on a {@link TrainableMatrix} and the bias either
 * analog or digital (AIHWKit's {@code digital_bias}, docs/tile-periphery.md §4.2):
 * <ul>
 *   <li><b>analog bias</b>: the matrix is {@code out x (in + 1)}, the bias its last column and the
 *       input extended by a constant 1, so y = [W | b] [x; 1]; the bias is stored, read and updated
 *       by the same (analog) cell as the weights;
 *   <li><b>digital bias</b> ({@link #withDigitalBias}): the matrix is {@code out x in} and b a
 *       floating-point vector added after the analog output, updated exactly, b &lt;- b - lr dy per
 *       sample (the gradient of the batch-mean loss summed over the batch, as the torch optimizer
 *       does once per batch).
 * </ul>
 *
 * <p>Gradients: dx = W^T dy (the bias row of an analog-bias backward result dropped) and the
 * weight update is the rank-1 step W &lt;- W - lr dy x^T per sample, realised by the matrix.
 */
public final class AnalogLinear implements Layer {
  private final int in;
  private final int out;
  private final TrainableMatrix matrix;
  private final double[] bias;
  private final double[] xb;
  private final double[] zb;

  /** A layer {@code in -> out} with analog bias: weights and bias in {@code matrix} ({@code out x (in + 1)}). */
  public AnalogLinear(int in, int out, TrainableMatrix matrix) {
    this(in, out, matrix, false);
  }

  private AnalogLinear(int in, int out, TrainableMatrix matrix, boolean digitalBias) {
    int cols = digitalBias ? in : in + 1;
    if (matrix.rows() != out || matrix.cols() != cols) {
      throw new IllegalArgumentException("matrix must be " + out + " x " + cols
          + (digitalBias ? " (out x in)" : " (out x in + bias)") + ", was " + matrix.rows()
          + " x " + matrix.cols());
    }
    this.in = in;
    this.out = out;
    this.matrix = matrix;
    this.bias = digitalBias ? new double[out] : null;
    this.xb = new double[cols];
    this.zb = new double[cols];
    if (!digitalBias) {
      xb[in] = 1;
    }
  }

  /** A layer {@code in -> out} with its weights in {@code matrix} ({@code out x in}) and a digital bias. */
  public static AnalogLinear withDigitalBias(int in, int out, TrainableMatrix matrix) {
    return new AnalogLinear(in, out, matrix, true);
  }

  /**
   * PyTorch's (and AIHWKit's) default initialisation of {@code nn.Linear}: weights and bias
   * uniform on [-1/sqrt(in), 1/sqrt(in)], programmed into the matrix (a digital bias is drawn after
   * the weights, as torch draws them).
   */
  public AnalogLinear initialise(RandomGenerator rng) {
    Initialisation.uniformFanIn(matrix, in, rng);
    DigitalBias.initialise(bias, in, rng);
    return this;
  }

  /** The digital bias (a copy), or null with analog bias. */
  public double[] digitalBias() {
    return bias == null ? null : bias.clone();
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
    DigitalBias.add(bias, y);
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
      DigitalBias.step(bias, dy[s], lr);
    }
    matrix.endBatch();
  }

  @Override
  public List<TrainableMatrix> matrices() {
    return List.of(matrix);
  }
}
