package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.IoPeriphery;

/**
 * What TT-v2, c-TTv2, AGAD and (E-)RIDER are built of (docs/transfer-compounds.md §1, §3-6): a
 * fast tile A (the paper's P) and a slow tile C (W) of the same device, the transfer-read I/O,
 * the {@link TransferTrigger}, the column pointer with its sweep and transfer counts, the {@link
 * Choppers}, the {@link TransferBuffer}, the cell's {@link Reference} and, with gamma &gt; 0, the
 * {@link MixedWeight}. It holds the state and does one step of the algorithm per method; the
 * cells ({@link TtV2Cell}, {@link ChoppedTtV2Cell}, {@link AgadCell}, {@link ERiderCell}) say in
 * which order.
 *
 * <p>Randomness: tiles from {@code streams.child("A")}, {@code child("C")}; transfer-read noise
 * from {@code child("transfer")}; choppers from {@code CHOPPER}; the mixed weight's I/O from
 * {@code child("mixed")}. Allocation-free per sample.
 */
public final class TransferTiles {

  private final int rows;
  private final int cols;
  private final AnalogTile fast;
  private final AnalogTile slow;
  private final IoPeriphery reader;
  private final TransferTrigger trigger;
  private final Choppers choppers;
  private final TransferBuffer buffer;
  private final Reference reference;
  private final MixedWeight mixed; // null for gamma = 0: the forward weight is C
  private final double bg;
  private final double transferLr;
  private final boolean scaleTransferLr;
  private final Transfer transfer;
  private final double[] xc;
  private final double[] dc;
  private final double[] v;
  private final double[] r;
  private int pointer;
  private long sweeps;
  private long transfers;

  /** The cell's transfer of the next column at SGD lr {@code lr}. */
  @FunctionalInterface
  interface Transfer {
    void run(double lr);
  }

  /**
   * The parts of a rows x cols cell on {@code device}: {@code held}, the choppers keep their signs
   * at +1; {@code bg}, the buffer granularity in weight units; {@code transfer}, the cell's
   * transfer, run when the trigger is due.
   *
   * @throws IllegalArgumentException if rows or cols &lt;= 0
   */
  TransferTiles(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean held, Reference reference, double bg, Transfer transfer) {
    requireShape(rows, cols);
    this.rows = rows;
    this.cols = cols;
    this.fast = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("A"));
    this.slow = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("C"));
    this.reader = new IoPeriphery(hp.transferForward(), rows,
        streams.child("transfer").stream(RandomStreams.IO_NOISE));
    this.trigger = new TransferTrigger(hp);
    this.choppers = new Choppers(rows, cols, hp, held, streams.stream(RandomStreams.CHOPPER));
    this.buffer = new TransferBuffer(rows, cols, hp);
    this.reference = reference;
    this.mixed = hp.gamma() > 0
        ? new MixedWeight(fast, slow, hp.gamma(), choppers, reference, hp, streams) : null;
    this.bg = bg;
    this.transferLr = hp.transferLr();
    this.scaleTransferLr = hp.scaleTransferLr();
    this.transfer = transfer;
    this.xc = new double[cols];
    this.dc = new double[rows];
    this.v = new double[rows];
    this.r = new double[rows];
  }

  /** @throws IllegalArgumentException if rows or cols &lt;= 0 */
  static void requireShape(int rows, int cols) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + ", " + cols);
    }
  }

  // ---- the steps ----

  /**
   * A &larr; A - lr_A d' x'^T by pulses at the pulse-count lr {@code countLr}, with the chopped
   * x' = c_in &#8857; x, d' = c_out &#8857; d; then counts the vector update at SGD lr {@code lr}
   * and runs the cell's transfer if one is due.
   */
  void update(double[] x, double[] d, double countLr, double lr) {
    choppers.chop(x, d, xc, dc);
    fast.update(xc, dc, countLr);
    if (mixed != null) {
      mixed.afterPulses(fast);
    }
    if (trigger.afterUpdate(lr)) {
      transfer.run(lr);
    }
  }

  /** Runs the transfers due at the end of a mini-batch. */
  void endBatch() {
    for (long k = trigger.atBatchEnd(); k > 0; k--) {
      transfer.run(trigger.batchLr());
    }
  }

  /** The column the next transfer reads. */
  int column() {
    return pointer;
  }

  /** v = A e_j through the transfer I/O. */
  void readFast(int j) {
    fast.readColumn(j, reader, v);
  }

  /** r of column j from the reference, which takes v in ({@link Reference#column}). */
  void readReference(int j) {
    reference.column(j, v, reader, r);
  }

  /**
   * The buffer takes column j, H += c (v - r) |lr_t| / bg with |lr_t| = transferLr (&times; |lr|
   * if scaleTransferLr), and pulses C where it reached a whole unit.
   */
  void toSlow(int j, double lr) {
    double lrT = transferLr * (scaleTransferLr ? Math.abs(lr) : 1);
    if (buffer.transfer(j, v, r, lrT / bg, choppers, slow) && mixed != null) {
      mixed.afterPulses(slow);
    }
  }

  /**
   * Ends the transfer of column j: counts it, moves to the next column and lets the choppers
   * switch (eq. (17)); the reference hears of every switched input chopper.
   */
  void endTransfer(int j) {
    transfers++;
    if (choppers.afterRead(j)) {
      reference.switched(j);
    }
    pointer++;
    if (pointer == cols) {
      pointer = 0;
      sweeps++;
      if (choppers.afterSweep(sweeps)) {
        for (int k = 0; k < cols; k++) {
          reference.switched(k);
        }
      }
    }
  }

  /** The buffer granularity bg in weight units. */
  double bufferGranularity() {
    return bg;
  }

  /** The choppers. */
  Choppers choppers() {
    return choppers;
  }

  // ---- the matrix ----

  int rows() {
    return rows;
  }

  int cols() {
    return cols;
  }

  void forward(double[] x, double[] y) {
    if (mixed == null) {
      slow.forward(x, y);
    } else {
      mixed.forward(x, y);
    }
  }

  void backward(double[] d, double[] z) {
    if (mixed == null) {
      slow.backward(d, z);
    } else {
      mixed.backward(d, z);
    }
  }

  /** The forward weight: C, or W-bar = C + gamma c (A - R). */
  void readWeights(double[] out) {
    if (mixed == null) {
      slow.readWeights(out);
    } else {
      mixed.read(out);
    }
  }

  /** Initial weights: C = w, A = 0 (AIHWKit: all devices zeroed, the last gets W); not counted. */
  void setWeights(double[] w) {
    slow.setWeights(w);
    fast.setWeights(new double[rows * cols]);
    if (mixed != null) {
      mixed.invalidate();
    }
  }

  // ---- inspection ----

  AnalogTile fast() {
    return fast;
  }

  AnalogTile slow() {
    return slow;
  }

  double buffer(int i, int j) {
    return buffer.get(i, j);
  }

  long sweeps() {
    return sweeps;
  }

  long transfers() {
    return transfers;
  }
}
