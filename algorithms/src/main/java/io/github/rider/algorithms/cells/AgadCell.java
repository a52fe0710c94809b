package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * AGAD (Rasch et al. 2024; AIHWKit DynamicTransferCompound, docs/transfer-compounds.md §5): c-TTv2
 * with a dynamic reference ({@link RunningMeanReference}): per element a running mean of A's raw
 * reads, m &larr; (1 - beta) m + beta v with beta = min(tailWeightening / n_s, 1), n_s the chopper
 * period in sweeps; at the first read of column j after its input chopper switched, the reference
 * becomes the running mean as it stood. The buffer gets H += c (v - reference) |lr_t| / bg.
 * {@link WarmUp}: no buffer change and no writes to C during the first n_s sweeps. There is no
 * standard-error gate (the CPU code has none, docs/transfer-compounds.md §5).
 */
public final class AgadCell implements TransferCompoundCell {

  private final TransferTiles tiles;
  private final RunningMeanReference reference;
  private final WarmUp warmUp;
  private final FastLearningRate fastLr;

  /**
   * @throws IllegalArgumentException if rows or cols &lt;= 0, or hp.inChopProb() is not &gt; 0
   */
  public AgadCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams) {
    this.reference = new RunningMeanReference(rows, cols, hp);
    this.tiles = new TransferTiles(rows, cols, device, hp, streams, false, reference,
        TransferBuffer.choppedGranularity(hp, device, cols), this::transfer);
    this.warmUp = new WarmUp(tiles.choppers().period());
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
    tiles.readReference(j); // r = the running mean's snapshot; m <- (1 - beta) m + beta v
    if (!warmUp.holds(tiles.sweeps())) {
      tiles.toSlow(j, lr); // H += c (v - r) |lr_t| / bg; whole units pulse C
    }
    tiles.endTransfer(j); // a switched c_in[j]: the next read of column j snapshots m
  }

  /** The running-mean rate beta = min(tailWeightening / n_s, 1). */
  public double meanRate() {
    return reference.mean().rate();
  }

  /** The running mean of element (i, j). */
  public double runningMean(int i, int j) {
    return reference.mean().get(i, j);
  }

  /** The current reference (snapshot) of element (i, j). */
  public double referenceSnapshot(int i, int j) {
    return reference.snapshot(i, j);
  }
}
