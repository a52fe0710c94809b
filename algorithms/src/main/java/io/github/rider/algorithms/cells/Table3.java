package io.github.rider.algorithms.cells;

import io.github.rider.device.tile.IoParameters;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.tile.UpdateParameters;

/**
 * The paper's Table 3 (arXiv 2602.21321): the LeNet-5 hyperparameters of TT-v2, AGAD and
 * E-RIDER, in AIHWKit's names, with Table 6's I/O (forward/backward {@link TileConfig#PAPER},
 * transfer reads {@link IoParameters#PAPER_TABLE6_TRANSFER}), the main update AIHWKit's
 * PresetUpdateParameters (BL 31, UM, UBLM) and the transfer update BL 1 without UM. TT-v2 keeps
 * BufferedTransferCompound's units_in_mbatch True (Table 3 marks it not applicable).
 */
public final class Table3 {

  private Table3() {}

  /**
   * E-RIDER's column: transfer_every 1 mini-batch, fast_lr 0.5 and transfer_lr 0.05 (absolute),
   * auto_granularity 1000, auto_momentum 0.99, in_chop_prob 0.05 (regular), momentum 0,
   * forget_buffer, tail_weightening 5, gamma 0.1.
   */
  public static final CellHyperparameters E_RIDER = CellHyperparameters.builder()
      .transferEvery(1).unitsInMbatch(true).nReadsPerTransfer(1)
      .fastLr(0.5).scaleFastLr(false).transferLr(0.05).scaleTransferLr(false)
      .autoGranularity(1000).autoScale(false).autoMomentum(0.99).bufferGranularity(1)
      .inChopProb(0.05).inChopRandom(false).outChopProb(0)
      .momentum(0).forgetBuffer(true).tailWeightening(5).thresScale(1).gamma(0.1).step(1)
      .tile(TileConfig.PAPER).transferForward(IoParameters.PAPER_TABLE6_TRANSFER)
      .transferUpdate(UpdateParameters.TRANSFER_DEFAULTS).build();

  /**
   * AGAD's column: E-RIDER's with in_chop_prob 0.1, gamma 0, fast_lr 0.01, transfer_lr 0.2
   * scaled by the SGD lr.
   */
  public static final CellHyperparameters AGAD = E_RIDER.toBuilder().inChopProb(0.1)
      .scaleTransferLr(true).gamma(0).fastLr(0.01).transferLr(0.2).build();

  /**
   * TT-v2's column: no chopper, thres_scale 0.8, momentum 0.1, gamma 0, auto_granularity 0,
   * fast_lr 0.005, transfer_lr 0.005 scaled by the SGD lr.
   */
  public static final CellHyperparameters TTV2 = E_RIDER.toBuilder().inChopProb(0)
      .thresScale(0.8).momentum(0.1).scaleTransferLr(true).autoGranularity(0).gamma(0)
      .fastLr(0.005).transferLr(0.005).build();
}
