package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * TT-v2 (Gokmen 2021; AIHWKit BufferedTransferCompound, docs/transfer-compounds.md §3): fast tile
 * A, slow tile C, digital buffer H, no chopper. The read v = A e_j is accumulated as
 * H += |lr_t| v in weight units with threshold thr = thresScale g_C; n = clamp(trunc(H/thr),
 * &plusmn;BL_t) pulses go to C; H &larr; momentum H (forgetBuffer) or H - (1 - momentum) n thr.
 * Here H is kept in units of thr (bg = thr in {@link TransferCell}), which is the same arithmetic.
 * A's pulse-count lr is fastLr, absolute (AIHWKit 1.0.0), or the SGD lr if fastLr = 0.
 */
public final class TtV2Cell extends TransferCell {

  public TtV2Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    super(rows, cols, device, hp, streams, false);
  }

  @Override
  protected double bufferGranularity() {
    return hp.thresScale() * slow.granularity();
  }

  @Override
  protected double pulseCountLr(double lr, double[] x, double[] d) {
    return hp.fastLr() > 0 ? hp.fastLr() : lr;
  }
}
