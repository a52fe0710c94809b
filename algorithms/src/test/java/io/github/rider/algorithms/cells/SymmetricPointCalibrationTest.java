package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.TileConfig;
import org.junit.jupiter.api.Test;

/**
 * The reference calibration of {@link SymmetricPointCalibration} on the paper's Fig. 1/2 device
 * (preset paper-fig1-soft-bounds, dw_min 1e-3) with a planted reference offset: Ref Mean 0.3,
 * Ref Std 0.1, so every effective SP starts near -0.3 and the devices start at w_eff = 0.
 *
 * <p>Tolerances: ZS on this linear SoftBounds device contracts the distance to the SP by about
 * (1 - dw_min) per pulse, so after N = 20,000 pulses the initial offset is gone (e^-20) and the
 * estimate's error is ZS's stationary spread, std about sqrt(dw_min / 2) = 0.022 (Theorem 2.2's
 * Theta(dw_min) MSE; plus cycle-to-cycle noise). Mean |error| is then about 0.02; the bound 0.05 is
 * six times the offset left by a calibration that skips ZS (0.3). The mean error (bias) over 200
 * devices has std 0.022 / sqrt(200) = 0.0016; the bound 0.01 is six of those. Fixed seeds.
 */
class SymmetricPointCalibrationTest {

  static final int ROWS = 10;
  static final int COLS = 20;
  static final DeviceSpec OFFSET =
      DevicePresets.get("paper-fig1-soft-bounds").withReferenceMean(0.3).withReferenceStd(0.1);

  private static AnalogTile tile(long seed) {
    AnalogTile t = AnalogTile.create(ROWS, COLS, OFFSET, TileConfig.PERFECT_IO,
        RandomStreams.of(seed));
    t.readWeights(new double[ROWS * COLS]); // fills the tile's cache before calibrating
    return t;
  }

  private static double meanAbsSp(AnalogTile t) {
    DeviceArray d = t.devices();
    double s = 0;
    for (int k = 0; k < d.size(); k++) {
      s += Math.abs(d.symmetricPoint(k));
    }
    return s / d.size();
  }

  private static double meanSp(AnalogTile t) {
    DeviceArray d = t.devices();
    double s = 0;
    for (int k = 0; k < d.size(); k++) {
      s += d.symmetricPoint(k);
    }
    return s / d.size();
  }

  @Test
  void plantedOffsetIsThereBeforeCalibration() {
    assertThat(meanSp(tile(1))).isCloseTo(-0.3, within(0.05));
  }

  @Test
  void groundTruthMovesEverySymmetricPointToZero() {
    AnalogTile t = tile(2);
    assertThat(SymmetricPointCalibration.groundTruth().calibrate(t, null)).isZero();
    for (int k = 0; k < t.devices().size(); k++) {
      assertThat(t.devices().symmetricPoint(k)).isCloseTo(0, within(1e-12));
    }
    assertThat(t.programmingOps()).isEqualTo(ROWS * COLS); // one reference write per device
  }

  @Test
  void zeroShiftingWithManyPulsesLeavesOnlyZsSpread() {
    AnalogTile t = tile(3);
    long fired = SymmetricPointCalibration.zeroShifting(20_000, Variant.STOCHASTIC)
        .calibrate(t, RandomStreams.of(30).stream("signs"));
    assertThat(fired).isEqualTo(20_000L * ROWS * COLS);
    assertThat(meanAbsSp(t)).isLessThan(0.05);
    assertThat(meanSp(t)).isCloseTo(0, within(0.01));
    // the device states stay where ZS left them (at the old SP estimate), which now reads 0,
    // and the tile re-reads its weights after the calibration
    double[] w = new double[ROWS * COLS];
    t.readWeights(w);
    for (double v : w) {
      assertThat(v).isCloseTo(0, within(1e-12));
    }
  }

  @Test
  void cyclicZeroShiftingAlsoCalibrates() {
    AnalogTile t = tile(4);
    SymmetricPointCalibration.zeroShifting(20_000, Variant.CYCLIC).calibrate(t, null);
    assertThat(meanAbsSp(t)).isLessThan(0.05);
  }

  @Test
  void calibrationThatSkipsZeroShiftingFailsTheCriterion() {
    // mutation check: N = 0 sets the reference to the start state, the planted offset remains
    AnalogTile t = tile(5);
    SymmetricPointCalibration.zeroShifting(0, Variant.STOCHASTIC)
        .calibrate(t, RandomStreams.of(50).stream("signs"));
    assertThat(meanAbsSp(t)).isGreaterThan(0.2);
  }

  @Test
  void fewPulsesLeaveALargerErrorThanMany() {
    AnalogTile few = tile(6);
    AnalogTile many = tile(6);
    SymmetricPointCalibration.zeroShifting(500, Variant.STOCHASTIC)
        .calibrate(few, RandomStreams.of(60).stream("signs"));
    SymmetricPointCalibration.zeroShifting(20_000, Variant.STOCHASTIC)
        .calibrate(many, RandomStreams.of(60).stream("signs"));
    assertThat(meanAbsSp(few)).isGreaterThan(2 * meanAbsSp(many));
  }

  @Test
  void cellCalibrationCoversBothTilesOfTtV1() {
    TtV1Cell cell = new TtV1Cell(ROWS, COLS, OFFSET, CellHyperparameters.lenet5(Algorithm.TTV1),
        RandomStreams.of(7));
    long fired = SymmetricPointCalibration.zeroShifting(20_000, Variant.STOCHASTIC)
        .calibrate(cell, RandomStreams.of(70));
    assertThat(fired).isEqualTo(2 * 20_000L * ROWS * COLS);
    assertThat(meanAbsSp(cell.fastTile())).isLessThan(0.05);
    assertThat(meanAbsSp(cell.slowTile())).isLessThan(0.05);
    assertThat(SymmetricPointCalibration.zeroShifting(20_000, Variant.CYCLIC).pulseCycles())
        .isEqualTo(20_000);
    assertThat(SymmetricPointCalibration.tiles(
        Cells.create(Algorithm.ERIDER, 2, 2, OFFSET, CellHyperparameters.lenet5(Algorithm.ERIDER),
            RandomStreams.of(8)))).hasSize(3);
  }
}
