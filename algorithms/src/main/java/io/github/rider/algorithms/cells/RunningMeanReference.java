package io.github.rider.algorithms.cells;

import io.github.rider.device.tile.IoPeriphery;
import java.util.Arrays;

/**
 * AGAD's dynamic reference (AIHWKit DynamicTransferCompound, docs/transfer-compounds.md §5): at
 * the first read of column j after its input chopper switched, r becomes the {@link RunningMean}
 * as it stood (the snapshot of the ending phase; the mean is not reset); every read then enters
 * the running mean. R of the mixed weight is 0.
 */
final class RunningMeanReference implements Reference {

  private final int rows;
  private final RunningMean mean;
  private final double[] snapshot; // column-major, as the mean
  private final boolean[] switched;

  RunningMeanReference(int rows, int cols, CellHyperparameters hp) {
    this.rows = rows;
    this.mean = new RunningMean(rows, cols, hp);
    this.snapshot = new double[rows * cols];
    this.switched = new boolean[cols];
  }

  @Override
  public void column(int j, double[] v, IoPeriphery reader, double[] r) {
    if (switched[j]) {
      switched[j] = false;
      mean.column(j, r);
      System.arraycopy(r, 0, snapshot, j * rows, rows);
    }
    System.arraycopy(snapshot, j * rows, r, 0, rows);
    mean.update(j, v);
  }

  @Override
  public void switched(int j) {
    switched[j] = true;
  }

  @Override
  public void weights(double[] out) {
    Arrays.fill(out, 0);
  }

  /** The running mean. */
  RunningMean mean() {
    return mean;
  }

  /** The current reference (snapshot) of element (i, j). */
  double snapshot(int i, int j) {
    return snapshot[j * rows + i];
  }
}
