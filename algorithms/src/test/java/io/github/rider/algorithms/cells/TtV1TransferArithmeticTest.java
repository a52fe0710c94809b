package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.IoParameters;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.tile.UpdateParameters;
import io.github.rider.device.tile.UpdateParameters.PulseType;
import org.junit.jupiter.api.Test;

/**
 * TT-v1's transfer arithmetic by hand (docs/transfer-compounds.md §2), on the exact device of
 * {@link TransferArithmeticTest} (ConstantStep dw_min 1, no noise, bounds +-100), perfect I/O,
 * one pulse per coincidence on A, a deterministic transfer update (BL 100, so n = |lr_t v|
 * exactly for integer v): sparse updates put +-1 on A only, one sweep copies A into C exactly
 * (C[:, j] += lr_t A[:, j], no buffer, A unchanged), the visible weight is C.
 */
class TtV1TransferArithmeticTest {

  /** Exact TT-v1 hyperparameters with transfer_lr {@code transferLr} (not scaled by lr). */
  static CellHyperparameters exact(double transferLr) {
    return CellHyperparameters.lenet5(Algorithm.TTV1)
        .withTile(new TileConfig(IoParameters.PERFECT, IoParameters.PERFECT,
            TransferArithmeticTest.ONE_PULSE))
        .withTransferForward(IoParameters.PERFECT)
        .withTransferUpdate(new UpdateParameters(100, true, false, false, 1,
            PulseType.DETERMINISTIC_IMPLICIT))
        .withOverride("fast_lr", "1").withOverride("transfer_lr", Double.toString(transferLr))
        .withOverride("scale_transfer_lr", "false");
  }

  private static TtV1Cell cell(double transferLr, long seed) {
    return new TtV1Cell(4, 6, TransferArithmeticTest.EXACT, exact(transferLr),
        RandomStreams.of(seed));
  }

  private static double[] sweep(TtV1Cell cell) {
    for (int j = 0; j < 6; j++) {
      cell.transfer(1.0);
    }
    double[] c = new double[24];
    cell.slowTile().readWeights(c);
    return c;
  }

  private static double[] fast(TtV1Cell cell) {
    double[] a = new double[24];
    cell.fastTile().readWeights(a);
    return a;
  }

  @Test
  void sparseUpdatesMoveOnlyTheFastTileByWholeSteps() {
    TtV1Cell cell = cell(1, 1);
    double[] expected = pulse(cell);
    double[] c = new double[24];
    cell.slowTile().readWeights(c);
    assertThat(fast(cell)).containsExactly(expected);
    assertThat(c).containsOnly(0.0); // units_in_mbatch: no transfer before endBatch
  }

  @Test
  void oneSweepCopiesTheFastTileIntoTheSlowTileExactlyAndLeavesItUnchanged() {
    TtV1Cell cell = cell(1, 2);
    double[] expected = pulse(cell);
    assertThat(sweep(cell)).containsExactly(expected);
    assertThat(fast(cell)).containsExactly(expected); // no reset, no buffer
    double[] w = new double[24];
    cell.readWeights(w);
    assertThat(w).containsExactly(expected); // gamma = 0: W = C
    assertThat(cell.sweeps()).isEqualTo(1);
    assertThat(cell.transfers()).isEqualTo(6);
  }

  @Test
  void twoSweepsAddTheFastTileTwice() {
    // no buffer: every read of A is transferred again (TT-v1, unlike TT-v2's H that forgets)
    TtV1Cell cell = cell(1, 3);
    double[] expected = pulse(cell);
    sweep(cell);
    double[] c = sweep(cell);
    for (int k = 0; k < 24; k++) {
      assertThat(c[k]).isEqualTo(2 * expected[k]);
    }
  }

  @Test
  void transferLrScalesTheCopy() {
    // mutation check of the copy test: transfer_lr 2 doubles the copy, 0.5 does not copy A
    TtV1Cell doubled = cell(2, 4);
    double[] expected = pulse(doubled);
    double[] c = sweep(doubled);
    for (int k = 0; k < 24; k++) {
      assertThat(c[k]).isEqualTo(2 * expected[k]);
    }
    TtV1Cell halved = cell(0.5, 5);
    assertThat(sweep(withPulses(halved))).isNotEqualTo(expected);
  }

  @Test
  void endBatchTransfersOneColumnPerMiniBatch() {
    TtV1Cell cell = cell(1, 6);
    pulse(cell);
    cell.endBatch();
    assertThat(cell.transfers()).isEqualTo(1); // transfer_every 1 mini-batch
    double[] c = new double[24];
    cell.slowTile().readWeights(c);
    double[] a = fast(cell);
    for (int i = 0; i < 4; i++) {
      assertThat(c[i * 6]).isEqualTo(a[i * 6]);
      for (int j = 1; j < 6; j++) {
        assertThat(c[i * 6 + j]).isZero();
      }
    }
  }

  @Test
  void refusesNonzeroGamma() {
    assertThatThrownBy(() -> new TtV1Cell(2, 2, TransferArithmeticTest.EXACT,
        exact(1).withOverride("gamma", "0.1"), RandomStreams.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
  }

  @Test
  void cellsCreatesTtV1ByName() {
    assertThat(Cells.create(Algorithm.TTV1, 2, 3, TransferArithmeticTest.EXACT, exact(1),
        RandomStreams.of(1))).isInstanceOf(TtV1Cell.class);
    assertThat(Algorithm.of("TT-v1")).isEqualTo(Algorithm.TTV1);
  }

  private static TtV1Cell withPulses(TtV1Cell cell) {
    pulse(cell);
    return cell;
  }

  /** Zero weights, then three sparse updates; returns the expected integer A. */
  private static double[] pulse(TtV1Cell cell) {
    return TransferArithmeticTest.pulseFastTile(cell);
  }
}
