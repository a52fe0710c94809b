package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;

/**
 * E-RIDER (paper Algorithm 3) on tiles as docs/transfer-compounds.md §6 maps it: P = the fast tile
 * A, W = the slow tile C, the digital EMA Q = AGAD's per-element running mean of P's reads (rate
 * min(tailWeightening / n_s, 1)), and an analog reference tile Q-tilde, reprogrammed to Q column by
 * column whenever that column's input chopper flips (counted as programming). Forward and backward
 * use the chopped mixed weight W-bar = W + gamma c (P - Q-tilde) (paper Algorithm 3; AIHWKit's
 * newer form omits Q-tilde), through the tile I/O. The transfer (eq. 18b) reads P's column and
 * Q-tilde's column through the transfer I/O and feeds H += c (P - Q-tilde) |lr_t| / bg, the
 * AGAD/c-TTv2 buffer, to W. AGAD's warm-up (n_s sweeps without writes to W) applies.
 *
 * <p>RIDER ({@code chopping = false}, paper: "RIDER is E-RIDER with p = 0"): the same cell with
 * the chopper signs held at +1; the period n_s still clocks the EMA rate, Q-tilde's refresh and
 * the warm-up (with p = 0 literally, Q would never move and Q-tilde never refresh on tiles).
 */
public final class ERiderCell extends AgadCell {

  private final AnalogTile qTilde;
  private final double[] column;
  // Q-tilde's weights column-major (element (i, j) at j rows + i), since every transfer reads one
  // column of them (a strided walk of one cache miss per row in the tile's row-major order); kept
  // current by onInputChopperFlip, re-read in full when Q-tilde changed otherwise (its counters
  // moved)
  private final double[] qColumns;
  private long qBulk = -1;
  private long qPulses = -1;
  private long qProgramming = -1;

  public ERiderCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean chopping) {
    super(rows, cols, device, hp, streams, chopping);
    this.qTilde = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("Qtilde"));
    this.column = new double[rows];
    this.qColumns = new double[rows * cols];
  }

  /** The analog reference tile Q-tilde. */
  public AnalogTile referenceTile() {
    return qTilde;
  }

  /**
   * Q-tilde's column j read through the transfer I/O (what {@code qTilde.readColumn(j,
   * transferReader, out)} gives, from the column-major copy).
   */
  @Override
  protected void reference(int j, double[] v, double[] out) {
    super.reference(j, v, out); // the running mean Q takes P's read
    referenceColumn(j, column);
    transferReader.readColumn(column, rows, out);
  }

  @Override
  protected void onInputChopperFlip(int j) {
    super.onInputChopperFlip(j);
    runningMeanColumn(j, column);
    boolean current = referenceCopyCurrent();
    qTilde.programColumn(j, column);
    if (current) {
      qTilde.exactColumn(j, column);
      System.arraycopy(column, 0, qColumns, j * rows, rows);
      stampReferenceCopy();
    }
    weightsChanged();
  }

  /** Column j of Q-tilde's weights, exactly, from the column-major copy (length &gt;= rows). */
  void referenceColumn(int j, double[] out) {
    if (!referenceCopyCurrent()) {
      for (int k = 0; k < cols; k++) {
        qTilde.exactColumn(k, out);
        System.arraycopy(out, 0, qColumns, k * rows, rows);
      }
      stampReferenceCopy();
    }
    System.arraycopy(qColumns, j * rows, out, 0, rows);
  }

  /** Whether Q-tilde was neither pulsed nor programmed since {@link #qColumns} was made current. */
  private boolean referenceCopyCurrent() {
    return qTilde.bulkChanges() == qBulk && qTilde.pulses() == qPulses
        && qTilde.programmingOps() == qProgramming;
  }

  private void stampReferenceCopy() {
    qBulk = qTilde.bulkChanges();
    qPulses = qTilde.pulses();
    qProgramming = qTilde.programmingOps();
  }

  @Override
  protected void referenceWeights(double[] out) {
    qTilde.readWeights(out);
  }

  @Override
  public void setWeights(double[] w) {
    super.setWeights(w);
    qTilde.setWeights(new double[rows * cols]);
  }

  @Override
  public long programmingOps() {
    return super.programmingOps() + qTilde.programmingOps();
  }
}
