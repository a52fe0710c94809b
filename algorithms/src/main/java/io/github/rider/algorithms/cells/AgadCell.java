package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * AGAD (Rasch et al. 2024; AIHWKit DynamicTransferCompound, docs/transfer-compounds.md §5): c-TTv2
 * with a dynamic reference. Per element a running mean of A's raw reads,
 * m &larr; (1 - beta) m + beta v with beta = min(tailWeightening / n_s, 1), n_s the chopper period
 * in sweeps; at the first read of column j after its input chopper switched, the reference
 * becomes the running mean as it stood (the snapshot of the ending phase; the mean is not reset).
 * The buffer gets H += c (v - reference) |lr_t| / bg. Warm-up: no buffer change and no writes to C
 * during the first n_s sweeps. There is no standard-error gate (the CPU code has none,
 * docs/transfer-compounds.md §5).
 */
public class AgadCell extends ChoppedTtV2Cell {

  private final double beta;
  // column-major (element (i, j) at j rows + i): they are read and written a column at a time
  private final double[] mean;
  private final double[] snapshot;
  private final boolean[] switched;

  public AgadCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this(rows, cols, device, hp, streams, true);
  }

  protected AgadCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean choppingEnabled) {
    super(rows, cols, device, hp, streams, choppingEnabled);
    if (!(hp.inChopProb() > 0)) {
      throw new IllegalArgumentException("inChopProb must be > 0 for AGAD, RIDER and E-RIDER "
          + "(it sets the period n_s = max(ceil(1/p), 2) sweeps of the running mean, the "
          + "reference and the warm-up), was " + hp.inChopProb());
    }
    this.beta = Math.min(hp.tailWeightening() / chopperPeriod, 1);
    this.mean = new double[rows * cols];
    this.snapshot = new double[rows * cols];
    this.switched = new boolean[cols];
  }

  /** The running-mean rate beta = min(tailWeightening / n_s, 1). */
  public double meanRate() {
    return beta;
  }

  @Override
  protected void reference(int j, double[] v, double[] out) {
    boolean snap = switched[j];
    switched[j] = false;
    int o = j * rows;
    for (int i = 0; i < rows; i++) {
      int idx = o + i;
      if (snap) {
        snapshot[idx] = mean[idx];
      }
      out[i] = snapshot[idx];
      mean[idx] = (1 - beta) * mean[idx] + beta * v[i];
    }
  }

  @Override
  protected boolean inWarmUp() {
    return sweeps() < chopperPeriod;
  }

  @Override
  protected void onInputChopperFlip(int j) {
    switched[j] = true;
  }

  /** The running mean of element (i, j) (E-RIDER's digital Q). */
  public double runningMean(int i, int j) {
    return mean[j * rows + i];
  }

  /** The current reference (snapshot) of element (i, j). */
  public double referenceSnapshot(int i, int j) {
    return snapshot[j * rows + i];
  }

  /** Running means of column j into out (length &gt;= rows). */
  protected final void runningMeanColumn(int j, double[] out) {
    for (int i = 0; i < rows; i++) {
      out[i] = mean[j * rows + i];
    }
  }
}
