package io.github.rider.algorithms.cells;

import static io.github.rider.algorithms.cells.TransferArithmeticTest.EXACT;
import static io.github.rider.algorithms.cells.TransferArithmeticTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * c-TTv2 / AGAD / E-RIDER buffer and chopper bookkeeping on hand-made sequences
 * (docs/transfer-compounds.md §3-5, §8): exact device (ConstantStep dw_min 1), perfect reads.
 */
class BufferAndChopperBookkeepingTest {

  private static final double[] X0 = {1, 0};
  private static final double[] MINUS_ONE = {-1};

  /** A 1 x cols cell whose A(0, 0) holds +1 (one exact pulse). */
  private static <T extends TransferCompoundCell> T withUnitA(T cell) {
    cell.setWeights(new double[cell.cols()]);
    double[] x = new double[cell.cols()];
    x[0] = 1;
    cell.update(x, MINUS_ONE, 1);
    assertThat(cell.fastTile().weight(0, 0)).isEqualTo(1.0);
    return cell;
  }

  @Test
  void bufferThresholdMomentumAndForgetBuffer() {
    CellHyperparameters hp = exact(0).withOverride("transfer_lr", "0.375");
    ChoppedTtV2Cell keep = withUnitA(new ChoppedTtV2Cell(1, 2, EXACT, hp, RandomStreams.of(1)));
    double[] h = {0.375, 0.75, 0.125, 0.5, 0.875, 0.25, 0.625, 0};
    double[] c = {0, 0, 1, 1, 1, 2, 2, 3};
    for (int k = 0; k < h.length; k++) {
      keep.transfer(1.0); // column 0
      keep.transfer(1.0); // column 1 (A = 0 there)
      assertThat(keep.buffer(0, 0)).as("H after read %d", k).isEqualTo(h[k]);
      assertThat(keep.slowTile().weight(0, 0)).isEqualTo(c[k]);
      assertThat(keep.buffer(0, 1)).isZero();
    }
    // forget_buffer with momentum 0.1: H <- 0.1 H after each transfer
    ChoppedTtV2Cell forget = withUnitA(new ChoppedTtV2Cell(1, 1, EXACT,
        hp.withOverride("forget_buffer", "true").withOverride("momentum", "0.1"),
        RandomStreams.of(2)));
    double expected = 0;
    for (int k = 0; k < 8; k++) {
      forget.transfer(1.0);
      expected += 0.375;
      if (expected >= 1) {
        expected *= 0.1;
      }
      assertThat(forget.buffer(0, 0)).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void regularInputChoppersFlipEveryPeriodAndChopBothUpdateAndBuffer() {
    CellHyperparameters hp = exact(0).withOverride("in_chop_prob", "0.5")
        .withOverride("transfer_lr", "0.25");
    ChoppedTtV2Cell cell = withUnitA(new ChoppedTtV2Cell(1, 2, EXACT, hp, RandomStreams.of(3)));
    int[] expectedSign = {1, 1, 1, -1, -1, -1, -1, 1}; // n_s = max(ceil(1/0.5), 2) = 2 sweeps
    for (int k = 0; k < 8; k++) {
      cell.transfer(1.0);
      assertThat(cell.inputChopper(0)).as("c_in after transfer %d", k + 1)
          .isEqualTo(expectedSign[k]);
      assertThat(cell.inputChopper(1)).isEqualTo(expectedSign[k]);
      // both columns flip at the ends of sweeps 2 and 4 (transfers 4 and 8)
      assertThat(cell.chopperFlips()).isEqualTo(2L * ((k + 1) / 4));
    }
    // buffer: +0.25 on reads 1 and 2 (c = +1), -0.25 on reads 3 and 4 (c = -1): back to 0
    assertThat(cell.buffer(0, 0)).isZero();
    // the chopped update: same x, d now moves A the other way while c_in = -1
    ChoppedTtV2Cell flipped = withUnitA(new ChoppedTtV2Cell(1, 2, EXACT, hp, RandomStreams.of(4)));
    for (int k = 0; k < 4; k++) {
      flipped.transfer(1.0);
    }
    assertThat(flipped.inputChopper(0)).isEqualTo(-1);
    flipped.update(X0, MINUS_ONE, 1);
    assertThat(flipped.fastTile().weight(0, 0)).isEqualTo(0.0);
  }

  @Test
  void randomInputChoppersFlipWithProbabilityP() {
    CellHyperparameters hp = exact(0).withOverride("in_chop_prob", "0.3")
        .withOverride("in_chop_random", "true");
    ChoppedTtV2Cell cell = new ChoppedTtV2Cell(1, 1, EXACT, hp, RandomStreams.of(5));
    cell.setWeights(new double[1]);
    int n = 4000;
    int flips = 0;
    int last = 1;
    for (int k = 0; k < n; k++) {
      cell.transfer(1.0);
      flips += cell.inputChopper(0) != last ? 1 : 0;
      last = cell.inputChopper(0);
    }
    // Binomial(4000, 0.3): mean 1200, sd 29; 5 sd, false failure < 1e-6
    assertThat((double) flips).isCloseTo(1200, within(5 * Math.sqrt(n * 0.3 * 0.7)));
    // one column, at most one flip per transfer: the counter sees every one of them
    assertThat(cell.chopperFlips()).isEqualTo(flips);
  }

  private static CellHyperparameters dynamic(double gamma) {
    return exact(gamma).withOverride("in_chop_prob", "0.5").withOverride("tail_weightening", "1");
  }

  @Test
  void agadRunningMeanSnapshotAtSwitchAndWarmUp() {
    AgadCell cell = withUnitA(new AgadCell(1, 1, EXACT, dynamic(0), RandomStreams.of(6)));
    assertThat(cell.meanRate()).isEqualTo(0.5); // min(1 / n_s, 1), n_s = 2
    double[] mean = {0.5, 0.75, 0.875, 0.9375, 0.96875};
    double[] ref = {0, 0, 0.75, 0.75, 0.9375};
    double[] h = {0, 0, -0.25, -0.5, -0.4375}; // warm-up, warm-up, then c (v - ref)
    int[] sign = {1, -1, -1, 1, 1};
    for (int k = 0; k < 5; k++) {
      cell.transfer(1.0);
      assertThat(cell.runningMean(0, 0)).as("mean %d", k).isEqualTo(mean[k]);
      assertThat(cell.referenceSnapshot(0, 0)).as("ref %d", k).isEqualTo(ref[k]);
      assertThat(cell.buffer(0, 0)).as("H %d", k).isEqualTo(h[k]);
      assertThat(cell.inputChopper(0)).isEqualTo(sign[k]);
    }
    assertThat(cell.slowTile().weight(0, 0)).isZero();
    // mutation: c-TTv2 (reference 0, no warm-up) transfers the raw A at the first read
    ChoppedTtV2Cell plain = withUnitA(new ChoppedTtV2Cell(1, 1, EXACT, dynamic(0),
        RandomStreams.of(6)));
    plain.transfer(1.0);
    assertThat(plain.slowTile().weight(0, 0)).isEqualTo(1.0);
  }

  @Test
  void eriderReprogramsQTildeAtFlipsAndMixesTheForwardWeight() {
    ERiderCell cell = withUnitA(new ERiderCell(1, 1, EXACT, dynamic(0.1), RandomStreams.of(7),
        true));
    cell.transfer(1.0);
    assertThat(cell.programmingOps()).isZero();
    cell.transfer(1.0); // second sweep ends: chopper flips, Q-tilde <- Q = 0.75
    assertThat(cell.programmingOps()).isEqualTo(1);
    assertThat(cell.referenceTile().weight(0, 0)).isEqualTo(0.75);
    cell.transfer(1.0);
    assertThat(cell.buffer(0, 0)).isEqualTo(-0.25); // c (P - Q-tilde) = -(1 - 0.75)
    double[] w = new double[1];
    cell.readWeights(w);
    assertThat(w[0]).isCloseTo(0.1 * -1 * (1 - 0.75), within(1e-15)); // W + gamma c (P - Q~)
    double[] y = new double[1];
    cell.forward(new double[] {2}, y);
    assertThat(y[0]).isCloseTo(2 * w[0], within(1e-15));
    // RIDER: same clocks, no sign flips
    ERiderCell rider = withUnitA(new ERiderCell(1, 1, EXACT, dynamic(0.1), RandomStreams.of(7),
        false));
    for (int k = 0; k < 3; k++) {
      rider.transfer(1.0);
    }
    assertThat(rider.inputChopper(0)).isEqualTo(1);
    assertThat(rider.chopperFlips()).isZero();
    assertThat(cell.chopperFlips()).isEqualTo(1);
    assertThat(rider.programmingOps()).isEqualTo(1);
    assertThat(rider.buffer(0, 0)).isEqualTo(0.25);
    rider.readWeights(w);
    assertThat(w[0]).isCloseTo(0.1 * (1 - 0.75), within(1e-15));
  }

  @Test
  void unitsInMbatchTransfersOnceAtTheEndOfEachBatch() {
    ChoppedTtV2Cell cell = new ChoppedTtV2Cell(1, 3, EXACT, exact(0), RandomStreams.of(8));
    cell.setWeights(new double[3]);
    double[] x = {0, 0, 0};
    for (int b = 0; b < 4; b++) {
      for (int s = 0; s < 5; s++) {
        cell.update(x, MINUS_ONE, 1);
      }
      assertThat(cell.transfers()).isEqualTo(b);
      cell.endBatch();
      assertThat(cell.transfers()).isEqualTo(b + 1);
    }
    // without units_in_mbatch, transfer_every 2 counts vector updates
    ChoppedTtV2Cell perVector = new ChoppedTtV2Cell(1, 3, EXACT,
        exact(0).withOverride("units_in_mbatch", "false").withOverride("transfer_every", "2"),
        RandomStreams.of(9));
    perVector.setWeights(new double[3]);
    for (int s = 0; s < 7; s++) {
      perVector.update(x, MINUS_ONE, 1);
    }
    perVector.endBatch();
    assertThat(perVector.transfers()).isEqualTo(3);
  }
}
