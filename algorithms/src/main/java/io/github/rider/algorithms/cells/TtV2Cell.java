package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * TT-v2 (Gokmen 2021; AIHWKit BufferedTransferCompound, docs/transfer-compounds.md §3): fast tile
 * A, slow tile C, digital buffer H, no chopper, no reference. The read v = A e_j is accumulated
 * as H += |lr_t| v in weight units with threshold thr = thresScale g_C; n = clamp(trunc(H/thr),
 * &plusmn;BL_t) pulses go to C; H &larr; momentum H (forgetBuffer) or H - (1 - momentum) n thr.
 * Here H is kept in units of thr (bg = thr in {@link TransferBuffer}), which is the same
 * arithmetic. A's pulse-count lr is fastLr, absolute (AIHWKit 1.0.0), or the SGD lr if fastLr = 0.
 */
public final class TtV2Cell implements TransferCompoundCell {

  private final TransferTiles tiles;
  private final double fastLr;

  public TtV2Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this.tiles = new TransferTiles(rows, cols, device, hp, streams, true, new Reference.Zero(rows),
        hp.thresScale() * device.granularity(), this::transfer);
    this.fastLr = hp.fastLr();
  }

  @Override
  public TransferTiles tiles() {
    return tiles;
  }

  /** A &larr; A - lr_A d x^T by pulses; a transfer when one is due. */
  @Override
  public void update(double[] x, double[] d, double lr) {
    tiles.update(x, d, pulseCountLr(lr, x, d), lr);
  }

  /** One transfer of the next column j. */
  void transfer(double lr) {
    int j = tiles.column();
    tiles.readFast(j); // v = A e_j through the transfer I/O
    tiles.readReference(j); // r = 0
    tiles.toSlow(j, lr); // H += |lr_t| v / thr; whole units pulse C
    tiles.endTransfer(j);
  }

  /** The pulse-count lr of A: fastLr if &gt; 0 (absolute), else lr. */
  double pulseCountLr(double lr, double[] x, double[] d) {
    return fastLr > 0 ? fastLr : lr;
  }
}
