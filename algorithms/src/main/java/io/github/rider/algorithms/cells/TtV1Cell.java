package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.IoPeriphery;
import java.util.List;

/**
 * Tiki-Taka v1 (Gokmen &amp; Haensch 2020; AIHWKit TransferCompound, docs/transfer-compounds.md §2;
 * Wu et al. 2024 (TT-P)/(TT-W), the algorithm of the paper's Fig. 2): a fast tile A and a slow tile
 * C of the same device, <b>no digital buffer</b>, gamma = 0, so the visible weight is C itself.
 *
 * <p><b>Gradient update</b> (per sample): only A is pulsed, A &larr; A - lr_A d x^T, with the
 * pulse-count lr lr_A = fastLr (&times; lr if scaleFastLr), or the SGD lr if fastLr = 0, and the
 * tile's main update parameters.
 *
 * <p><b>Transfer trigger</b>: {@link TransferTrigger} (a counter of vector updates; with
 * unitsInMbatch every = ceil(transferEvery m_batch), done in {@link #endBatch}).
 *
 * <p><b>Transfer of column j</b> (one column per trigger, sequential, wrapping around): the read
 * v = -A e_j through the transfer I/O (noise and quantisation apply), then C is pulse-updated
 * with x = e_j, d = v at lr_t = transferLr (&times; |lr| if scaleTransferLr) and the transfer
 * update parameters: in expectation C[:, j] &larr; C[:, j] + lr_t A[:, j], realised by C's device
 * model. A is not reset (with_reset_prob = 0).
 *
 * <p>TT-v1 needs zero-shifted devices (G(0) = 0, Wu et al. 2025: A's drift to its symmetric point
 * is transferred into C); see {@link SymmetricPointCalibration} for the reference calibration.
 *
 * <p>Randomness: tiles from {@code streams.child("A")}, {@code child("C")}; transfer-read noise
 * from {@code child("transfer")}. Allocation-free per sample.
 */
public final class TtV1Cell implements TwoTileCell {

  private final int rows;
  private final int cols;
  private final CellHyperparameters hp;
  private final AnalogTile fast;
  private final AnalogTile slow;
  private final IoPeriphery transferReader;
  private final double[] read;
  private final double[] eJ;
  private final TransferTrigger trigger;
  private int pointer;
  private long sweeps;
  private long transfers;

  /**
   * A rows x cols TT-v1 cell on {@code device}.
   *
   * @throws IllegalArgumentException if rows or cols &lt;= 0, or hp.gamma() != 0 (only the fully
   *     hidden TT-v1, W = C, is implemented)
   */
  public TtV1Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + ", " + cols);
    }
    if (hp.gamma() != 0) {
      throw new IllegalArgumentException("TT-v1 needs gamma = 0 (the weight is C), was "
          + hp.gamma() + "; use CellHyperparameters.ttv1() or --hp gamma=0");
    }
    this.rows = rows;
    this.cols = cols;
    this.hp = hp;
    this.trigger = new TransferTrigger(hp);
    this.fast = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("A"));
    this.slow = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("C"));
    this.transferReader = new IoPeriphery(hp.transferForward(), rows,
        streams.child("transfer").stream(RandomStreams.IO_NOISE));
    this.read = new double[rows];
    this.eJ = new double[cols];
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
    slow.forward(x, y);
  }

  @Override
  public void backward(double[] d, double[] z) {
    slow.backward(d, z);
  }

  /** The pulse-count lr of A: fastLr (&times; lr if scaleFastLr), or lr if fastLr = 0. */
  double pulseCountLr(double lr) {
    if (!(hp.fastLr() > 0)) {
      return lr;
    }
    return hp.fastLr() * (hp.scaleFastLr() ? lr : 1);
  }

  @Override
  public void update(double[] x, double[] d, double lr) {
    fast.update(x, d, pulseCountLr(lr));
    if (trigger.afterUpdate(lr)) {
      transfer(lr);
    }
  }

  @Override
  public void endBatch() {
    for (long k = trigger.atBatchEnd(); k > 0; k--) {
      transfer(trigger.batchLr());
    }
  }

  /** One transfer of the next column: C[:, j] += lr_t A[:, j] by pulses (see class doc). */
  void transfer(double lr) {
    int j = pointer;
    fast.readColumn(j, transferReader, read);
    for (int i = 0; i < rows; i++) {
      read[i] = -read[i];
    }
    double lrT = hp.transferLr() * (hp.scaleTransferLr() ? Math.abs(lr) : 1);
    eJ[j] = 1;
    slow.update(eJ, read, lrT, hp.transferUpdate());
    eJ[j] = 0;
    transfers++;
    pointer++;
    if (pointer == cols) {
      pointer = 0;
      sweeps++;
    }
  }

  /** The visible weight C. */
  @Override
  public void readWeights(double[] out) {
    slow.readWeights(out);
  }

  /** Initial weights: C = w, A = 0 (AIHWKit set_weights); not counted. */
  @Override
  public void setWeights(double[] w) {
    slow.setWeights(w);
    fast.setWeights(new double[rows * cols]);
  }

  /** The fast tile A. */
  public AnalogTile fastTile() {
    return fast;
  }

  /** The slow tile C (the visible weight). */
  public AnalogTile slowTile() {
    return slow;
  }

  /** Both tiles, A then C (e.g. for {@link SymmetricPointCalibration}). */
  public List<AnalogTile> tiles() {
    return List.of(fast, slow);
  }

  /** Column transfers so far. */
  public long transfers() {
    return transfers;
  }

  /** Completed sweeps over the columns. */
  public long sweeps() {
    return sweeps;
  }
}
