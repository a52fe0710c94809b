package io.github.rider.algorithms.cells;

/**
 * When the transfer compounds transfer (docs/tile-periphery.md §5.2, docs/transfer-compounds.md
 * §2): a counter t of vector updates; without unitsInMbatch every = round(transferEvery) and a
 * transfer after vector t when t mod every = 0; with unitsInMbatch every = ceil(transferEvery
 * m_batch) and the transfers whose t falls in the batch are due at the batch end (m_batch = updates
 * since the last batch end). Shared by {@link TransferTiles} and {@link TtV1Cell}.
 */
final class TransferTrigger {

  private final double transferEvery;
  private final boolean unitsInMbatch;
  private long vectorUpdates;
  private int samplesInBatch;
  private double batchLr;

  TransferTrigger(CellHyperparameters hp) {
    this.transferEvery = hp.transferEvery();
    this.unitsInMbatch = hp.unitsInMbatch();
  }

  /** Counts one vector update at SGD lr {@code lr}; whether a transfer is due now. */
  boolean afterUpdate(double lr) {
    vectorUpdates++;
    if (unitsInMbatch) {
      samplesInBatch++;
      batchLr = lr;
      return false;
    }
    long every = Math.round(transferEvery);
    return every > 0 && vectorUpdates % every == 0;
  }

  /** Transfers due at the end of a mini-batch (0 without unitsInMbatch); resets the batch. */
  long atBatchEnd() {
    if (!unitsInMbatch || samplesInBatch == 0) {
      return 0;
    }
    long every = (long) Math.ceil(transferEvery * samplesInBatch);
    long due = vectorUpdates / every - (vectorUpdates - samplesInBatch) / every;
    samplesInBatch = 0;
    return due;
  }

  /** The SGD lr of the batch's last update (the lr of batch-end transfers). */
  double batchLr() {
    return batchLr;
  }
}
