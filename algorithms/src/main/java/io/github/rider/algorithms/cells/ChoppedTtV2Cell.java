package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * c-TTv2 (AIHWKit ChoppedTransferCompound, docs/transfer-compounds.md §4): TT-v2 with input and
 * output {@link Choppers} on A's update and on the buffer, no reference, the buffer in pulse units
 * of granularity bg = bufferGranularity g_A (&times; autoGranularity / (cols |transferEvery|) if
 * autoGranularity &gt; 0), and the fast lr of {@link FastLearningRate}.
 */
public final class ChoppedTtV2Cell implements TransferCompoundCell {

  private final TransferTiles tiles;
  private final FastLearningRate fastLr;

  public ChoppedTtV2Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this.tiles = new TransferTiles(rows, cols, device, hp, streams, false,
        new Reference.Zero(rows), TransferBuffer.choppedGranularity(hp, device, cols),
        this::transfer);
    this.fastLr = new FastLearningRate(hp, device);
  }

  @Override
  public TransferTiles tiles() {
    return tiles;
  }

  /** A &larr; A - lr_A (c_out &#8857; d)(c_in &#8857; x)^T by pulses; a transfer when due. */
  @Override
  public void update(double[] x, double[] d, double lr) {
    tiles.update(x, d, fastLr.of(lr, x, d), lr);
  }

  /** One transfer of the next column j. */
  void transfer(double lr) {
    int j = tiles.column();
    tiles.readFast(j); // v = A e_j through the transfer I/O
    tiles.readReference(j); // r = 0
    tiles.toSlow(j, lr); // H += c v |lr_t| / bg; whole units pulse C
    tiles.endTransfer(j); // the choppers may switch
  }
}
