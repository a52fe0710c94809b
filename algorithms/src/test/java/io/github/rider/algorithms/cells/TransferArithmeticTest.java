package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.ConstantStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.tile.IoParameters;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.tile.UpdateParameters;
import io.github.rider.device.tile.UpdateParameters.PulseType;
import org.junit.jupiter.api.Test;

/**
 * The exact transfer arithmetic of AIHWKit's rpu_transfer_device_test (docs/transfer-compounds.md
 * §8): ConstantStep dw_min = 1, no noise, bounds +-100, perfect transfer I/O, transfer_lr 1.
 * Sparse updates put exactly +-1 on A only; one sweep copies A into C exactly; W = (gamma + 1) A.
 */
class TransferArithmeticTest {

  static final ConstantStepSpec EXACT =
      new ConstantStepSpec(PulsedParams.NOISE_FREE.withDwMin(1), Bounds.fixed(-100, 100));

  /** One pulse per nonzero coincidence: BL 1, no management, lr = g = 1 gives A = B = 1. */
  static final UpdateParameters ONE_PULSE =
      new UpdateParameters(1, true, false, false, 1, PulseType.STOCHASTIC_COMPRESSED);

  /** Exact hyperparameters: perfect I/O, absolute fast lr 1, transfer lr 1, bg = 1, BL_t 100. */
  static CellHyperparameters exact(double gamma) {
    return CellHyperparameters.fcn(Algorithm.CTTV2)
        .withTile(new TileConfig(IoParameters.PERFECT, IoParameters.PERFECT, ONE_PULSE))
        .withTransferForward(IoParameters.PERFECT)
        .withTransferUpdate(new UpdateParameters(100, true, false, false, 1,
            PulseType.DETERMINISTIC_IMPLICIT))
        .withOverride("fast_lr", "1").withOverride("transfer_lr", "1")
        .withOverride("scale_transfer_lr", "false").withOverride("auto_granularity", "0")
        .withOverride("in_chop_prob", "0").withOverride("momentum", "0")
        .withOverride("forget_buffer", "false").withOverride("thres_scale", "1")
        .withOverride("gamma", Double.toString(gamma));
  }

  private static final double[][] XS = {
      {1, 1, -1, 0, 1, -1}, {0, 1, 1, -1, 0, 0}, {1, 0, 0, 0, -1, 1}};
  private static final double[] D = {-1, 1, -1, 0};

  /** One column transfer of {@code cell} at SGD lr {@code lr}, as a due trigger does it. */
  static void transfer(TransferCompoundCell cell, double lr) {
    if (cell instanceof TtV2Cell c) {
      c.transfer(lr);
    } else if (cell instanceof ChoppedTtV2Cell c) {
      c.transfer(lr);
    } else if (cell instanceof AgadCell c) {
      c.transfer(lr);
    } else {
      ((ERiderCell) cell).transfer(lr);
    }
  }

  /** One sweep of column transfers; returns the slow tile's weights. */
  private static double[] sweepAndReadSlow(TransferCompoundCell cell) {
    for (int j = 0; j < 6; j++) {
      transfer(cell, 1.0);
    }
    double[] c = new double[24];
    cell.slowTile().readWeights(c);
    return c;
  }

  /** Zero weights, then three sparse updates; returns the expected integer A = sum -d x_k^T. */
  static double[] pulseFastTile(io.github.rider.algorithms.nn.TrainableMatrix cell) {
    cell.setWeights(new double[24]);
    double[] expected = new double[24];
    for (double[] x : XS) {
      cell.update(x, D, 1);
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 6; j++) {
          expected[i * 6 + j] -= D[i] * x[j];
        }
      }
    }
    return expected;
  }

  @Test
  void sparseUpdatesMoveOnlyTheFastTileByWholeSteps() {
    TransferCompoundCell cell = new ChoppedTtV2Cell(4, 6, EXACT, exact(0), RandomStreams.of(1));
    double[] expected = pulseFastTile(cell);
    double[] a = new double[24];
    double[] c = new double[24];
    cell.fastTile().readWeights(a);
    cell.slowTile().readWeights(c);
    assertThat(a).containsExactly(expected);
    assertThat(c).containsOnly(0.0); // units_in_mbatch: no transfer before endBatch
  }

  @Test
  void oneSweepCopiesTheFastTileIntoTheSlowTileExactly() {
    double gamma = 0.5;
    for (TransferCompoundCell cell : new TransferCompoundCell[] {
        new ChoppedTtV2Cell(4, 6, EXACT, exact(gamma), RandomStreams.of(2)),
        new TtV2Cell(4, 6, EXACT, exact(0), RandomStreams.of(3))}) {
      double[] expected = pulseFastTile(cell);
      assertThat(sweepAndReadSlow(cell)).containsExactly(expected);
      double g = cell instanceof TtV2Cell ? 0 : gamma;
      double[] w = new double[24];
      cell.readWeights(w);
      for (int k = 0; k < 24; k++) {
        assertThat(w[k]).isEqualTo((g + 1) * expected[k]);
      }
      assertThat(cell.sweeps()).isEqualTo(1);
    }
  }

  @Test
  void halvedTransferLrDoesNotCopy() {
    // mutation check of the test above: transfer_lr 0.5 leaves C != A
    TransferCompoundCell cell = new ChoppedTtV2Cell(4, 6, EXACT,
        exact(0).withOverride("transfer_lr", "0.5"), RandomStreams.of(4));
    double[] expected = pulseFastTile(cell);
    assertThat(sweepAndReadSlow(cell)).isNotEqualTo(expected);
  }
}
