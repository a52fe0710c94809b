package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.IoPeriphery;

/**
 * E-RIDER's reference (paper Algorithm 3, docs/transfer-compounds.md §6): the digital EMA Q of
 * eq. (12), a {@link RunningMean} of the fast tile's reads, and the analog tile Q-tilde, set to Q
 * column by column by weight programming whenever that column's input chopper switches
 * (Algorithm 3 step 2; counted as programming). The transfer reads Q-tilde's column through the
 * transfer I/O, and the mixed forward weight subtracts Q-tilde.
 *
 * <p>Q-tilde's weights are also kept column-major ({@link #columns}), since every transfer reads
 * one column of them (a strided walk of one cache miss per row in the tile's row-major order); the
 * copy is kept current at each reprogramming and re-read in full when Q-tilde changed otherwise
 * (its pulse, programming or bulk counters moved). Randomness: the tile from {@code
 * streams.child("Qtilde")}.
 */
final class ProgrammedReference implements Reference {

  private final int rows;
  private final int cols;
  private final RunningMean q;
  private final AnalogTile qTilde;
  private final double[] column;
  private final double[] columns;
  private long bulk = -1;
  private long pulses = -1;
  private long programming = -1;

  /** Q-tilde on {@code device}. */
  ProgrammedReference(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this.rows = rows;
    this.cols = cols;
    this.q = new RunningMean(rows, cols, hp);
    this.qTilde = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("Qtilde"));
    this.column = new double[rows];
    this.columns = new double[rows * cols];
  }

  /** Q[:, j] &larr; (1 - beta) Q[:, j] + beta v (eq. (12)); r = Q-tilde e_j through the I/O. */
  @Override
  public void column(int j, double[] v, IoPeriphery reader, double[] r) {
    q.update(j, v);
    exactColumn(j, column);
    reader.readColumn(column, rows, r);
  }

  /** Q-tilde[:, j] &larr; Q[:, j] by weight programming (Algorithm 3 step 2). */
  @Override
  public void switched(int j) {
    q.column(j, column);
    boolean current = copyCurrent();
    qTilde.programColumn(j, column);
    if (current) {
      qTilde.exactColumn(j, column);
      System.arraycopy(column, 0, columns, j * rows, rows);
      stamp();
    }
  }

  /** R = Q-tilde. */
  @Override
  public void weights(double[] out) {
    qTilde.readWeights(out);
  }

  /** Q-tilde = 0 (initial weights; not counted). */
  void reset() {
    qTilde.setWeights(new double[rows * cols]);
  }

  /** The digital EMA Q. */
  RunningMean mean() {
    return q;
  }

  /** The analog tile Q-tilde. */
  AnalogTile tile() {
    return qTilde;
  }

  /** Column j of Q-tilde's weights, exactly, from the column-major copy (length &gt;= rows). */
  void exactColumn(int j, double[] out) {
    if (!copyCurrent()) {
      for (int k = 0; k < cols; k++) {
        qTilde.exactColumn(k, out);
        System.arraycopy(out, 0, columns, k * rows, rows);
      }
      stamp();
    }
    System.arraycopy(columns, j * rows, out, 0, rows);
  }

  /** Whether Q-tilde was neither pulsed nor programmed since {@link #columns} was made current. */
  private boolean copyCurrent() {
    return qTilde.bulkChanges() == bulk && qTilde.pulses() == pulses
        && qTilde.programmingOps() == programming;
  }

  private void stamp() {
    bulk = qTilde.bulkChanges();
    pulses = qTilde.pulses();
    programming = qTilde.programmingOps();
  }
}
