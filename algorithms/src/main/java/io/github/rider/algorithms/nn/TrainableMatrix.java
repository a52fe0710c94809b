package io.github.rider.algorithms.nn;

/**
 * How one layer's weight matrix is stored, read and updated: the contract between the network
 * layers ({@code io.github.rider.algorithms.nn}) and the training cells (digital floating point,
 * plain analog SGD on one tile, TT-v2, c-TTv2, AGAD, RIDER / E-RIDER on tiles).
 *
 * <p>Shape {@code rows x cols} = d_size x x_size (rows are outputs i, columns inputs j), as in
 * AIHWKit. A mini-batch is processed as AIHWKit's CPU does: for each sample, in order, the layer
 * calls {@link #forward}, later {@link #backward}, and {@link #update} once per sample
 * (docs/pulse-update.md §1); {@link #endBatch} is called once after the batch's updates.
 *
 * <p>Implementations are not thread-safe; all randomness comes from streams given at
 * construction.
 */
public interface TrainableMatrix {

  /** Number of outputs (d_size). */
  int rows();

  /** Number of inputs (x_size). */
  int cols();

  /** y = W x for one sample, through the cell's forward I/O (exact for digital cells). */
  void forward(double[] x, double[] y);

  /** z = W^T d for one sample, through the cell's backward I/O. */
  void backward(double[] d, double[] z);

  /**
   * The SGD step W &lt;- W - lr d x^T for one sample, realised the cell's way (pulse trains on a
   * tile, transfer to a slow tile, ...).
   */
  void update(double[] x, double[] d, double lr);

  /** Called once after the per-sample updates of a mini-batch (default: nothing). */
  default void endBatch() {}

  /** The effective weight the forward pass uses, row-major, copied into {@code out}. */
  void readWeights(double[] out);

  /** Programs the weights (row-major), e.g. the initial weights; counts as programming. */
  void setWeights(double[] w);

  /** Pulses fired on analog devices so far (0 for digital cells). */
  default long pulses() {
    return 0;
  }

  /** Element writes by weight programming so far, initial setWeights excluded (0 for digital). */
  default long programmingOps() {
    return 0;
  }
}
