package io.github.rider.algorithms.cells;

import io.github.rider.device.tile.AnalogTile;

/**
 * A buffered transfer compound (TT-v2, c-TTv2, AGAD, RIDER / E-RIDER): a {@link TwoTileCell} made
 * of {@link TransferTiles}, whose matrix operations and inspection it forwards; each cell adds its
 * algorithm (the update and the transfer) in its own class.
 */
public sealed interface TransferCompoundCell extends TwoTileCell
    permits TtV2Cell, ChoppedTtV2Cell, AgadCell, ERiderCell {

  /** The tiles, buffer and choppers the cell is made of. */
  TransferTiles tiles();

  @Override
  default int rows() {
    return tiles().rows();
  }

  @Override
  default int cols() {
    return tiles().cols();
  }

  /** Runs the transfers due at the end of a mini-batch (with unitsInMbatch). */
  @Override
  default void endBatch() {
    tiles().endBatch();
  }

  /** y = W x, W = C or the mixed weight W-bar = C + gamma c (A - R), through the forward I/O. */
  @Override
  default void forward(double[] x, double[] y) {
    tiles().forward(x, y);
  }

  /** z = W^T d through the backward I/O. */
  @Override
  default void backward(double[] d, double[] z) {
    tiles().backward(d, z);
  }

  /** The effective forward weight (C, or C + gamma c (A - R)). */
  @Override
  default void readWeights(double[] out) {
    tiles().readWeights(out);
  }

  /** Initial weights: C = w, A = 0 (AIHWKit: all devices zeroed, the last gets W); not counted. */
  @Override
  default void setWeights(double[] w) {
    tiles().setWeights(w);
  }

  /** The fast tile A (P for E-RIDER). */
  @Override
  default AnalogTile fastTile() {
    return tiles().fast();
  }

  /** The slow tile C (W for E-RIDER). */
  @Override
  default AnalogTile slowTile() {
    return tiles().slow();
  }

  /** Column transfers so far. */
  @Override
  default long transfers() {
    return tiles().transfers();
  }

  /** Completed full sweeps over the columns. */
  @Override
  default long sweeps() {
    return tiles().sweeps();
  }

  /**
   * Sign changes of the input and output choppers c_in[j], c_out[i] so far (0 while they are held,
   * as in RIDER and TT-v2).
   */
  @Override
  default long chopperFlips() {
    return tiles().choppers().flips();
  }

  /** Buffer entry H_ij (buffer units). */
  default double buffer(int i, int j) {
    return tiles().buffer(i, j);
  }

  /** Input chopper c_in[j] (+1 or -1). */
  default int inputChopper(int j) {
    return tiles().choppers().in(j);
  }

  /** Output chopper c_out[i]. */
  default int outputChopper(int i) {
    return tiles().choppers().out(i);
  }

  /** The column the next transfer reads. */
  default int nextColumn() {
    return tiles().column();
  }
}
