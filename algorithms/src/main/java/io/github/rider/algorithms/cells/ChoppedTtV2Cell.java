package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * c-TTv2 (AIHWKit ChoppedTransferCompound, docs/transfer-compounds.md §4): {@link TransferCell}
 * with input/output choppers on A's update and read, the buffer in pulse units with granularity
 * bg = bufferGranularity g_A (&times; autoGranularity / (cols |transferEvery|) if autoGranularity
 * &gt; 0), the fast lr of docs/transfer-compounds.md §4, §7 (fastLr absolute unless scaleFastLr;
 * autoScale).
 */
public class ChoppedTtV2Cell extends TransferCell {

  public ChoppedTtV2Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this(rows, cols, device, hp, streams, true);
  }

  protected ChoppedTtV2Cell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean choppingEnabled) {
    super(rows, cols, device, hp, streams, choppingEnabled);
  }

  @Override
  protected double bufferGranularity() {
    double bg = hp.bufferGranularity() * fast.granularity();
    if (hp.autoGranularity() > 0) {
      bg *= hp.autoGranularity() / (cols * Math.abs(hp.transferEvery()));
    }
    return bg;
  }
}
