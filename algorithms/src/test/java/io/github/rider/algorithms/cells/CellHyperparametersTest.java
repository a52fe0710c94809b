package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.algorithms.nn.DigitalMatrix;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.IoParameters;
import org.junit.jupiter.api.Test;

/** Defaults of the paper's Tables 3, 5 and 6, AIHWKit-named overrides, the factory by name. */
class CellHyperparametersTest {

  @Test
  void fcnDefaultsAreTable5() {
    CellHyperparameters tt = CellHyperparameters.fcn("TT-v2");
    assertThat(tt.fastLr()).isEqualTo(0.03);
    assertThat(tt.transferLr()).isEqualTo(0.01);
    assertThat(tt.scaleTransferLr()).isTrue();
    assertThat(tt.thresScale()).isEqualTo(0.8);
    assertThat(tt.momentum()).isEqualTo(0.1);
    assertThat(tt.gamma()).isZero();
    CellHyperparameters agad = CellHyperparameters.fcn("agad");
    assertThat(agad.inChopProb()).isEqualTo(0.1);
    assertThat(agad.inChopRandom()).isFalse();
    assertThat(agad.fastLr()).isEqualTo(0.05);
    assertThat(agad.transferLr()).isEqualTo(0.3);
    assertThat(agad.scaleTransferLr()).isTrue();
    assertThat(agad.scaleFastLr()).isFalse();
    assertThat(agad.autoGranularity()).isEqualTo(1000);
    assertThat(agad.tailWeightening()).isEqualTo(5);
    assertThat(agad.momentum()).isZero();
    CellHyperparameters er = CellHyperparameters.fcn("E-RIDER");
    assertThat(er.inChopProb()).isEqualTo(0.05);
    assertThat(er.fastLr()).isEqualTo(0.5);
    assertThat(er.transferLr()).isEqualTo(0.05);
    assertThat(er.scaleTransferLr()).isFalse();
    assertThat(er.gamma()).isEqualTo(0.1);
    assertThat(er.unitsInMbatch()).isTrue();
    assertThat(er.transferEvery()).isEqualTo(1.0);
    // Table 6 I/O
    assertThat(er.tile().forward()).isEqualTo(IoParameters.PAPER_TABLE6);
    assertThat(er.transferForward().noiseManagement())
        .isEqualTo(IoParameters.NoiseManagement.NONE);
    assertThat(er.transferForward().outNoise()).isEqualTo(0.06);
  }

  @Test
  void lenetDefaultsAreTable3() {
    assertThat(CellHyperparameters.lenet5("ttv2").fastLr()).isEqualTo(0.005);
    assertThat(CellHyperparameters.lenet5("ttv2").transferLr()).isEqualTo(0.005);
    assertThat(CellHyperparameters.lenet5("agad").fastLr()).isEqualTo(0.01);
    assertThat(CellHyperparameters.lenet5("agad").transferLr()).isEqualTo(0.2);
    assertThat(CellHyperparameters.lenet5("erider").fastLr()).isEqualTo(0.5);
    assertThat(CellHyperparameters.lenet5("erider").transferLr()).isEqualTo(0.05);
  }

  @Test
  void overridesUseAihwkitNamesAndRejectBadInput() {
    CellHyperparameters hp = CellHyperparameters.fcn("erider").withOverride("fast_lr", "0.2")
        .withOverride("in_chop_random", "true").withOverride("desired_bl", "5")
        .withOverride("inChopProb", "0.2");
    assertThat(hp.fastLr()).isEqualTo(0.2);
    assertThat(hp.inChopRandom()).isTrue();
    assertThat(hp.inChopProb()).isEqualTo(0.2);
    assertThat(hp.tile().update().desiredBl()).isEqualTo(5);
    assertThatThrownBy(() -> hp.withOverride("fast_lrr", "1"))
        .hasMessageContaining("unknown hyperparameter 'fast_lrr'");
    assertThatThrownBy(() -> hp.withOverride("gamma", "x")).hasMessageContaining("gamma");
    assertThatThrownBy(() -> hp.withOverride("in_chop_prob", "1.5"))
        .hasMessageContaining("inChopProb must be in [0, 1]");
    assertThatThrownBy(() -> hp.withOverride("transfer_lr", "NaN"))
        .hasMessageContaining("transferLr");
    assertThatThrownBy(() -> hp.withOverride("n_reads_per_transfer", "2"))
        .hasMessageContaining("nReadsPerTransfer must be 1");
  }

  @Test
  void factoryBuildsEveryAlgorithmByName() {
    DeviceSpec dev = DevicePresets.get("reram-array-hfo2");
    RandomStreams s = RandomStreams.of(1);
    assertThat(Cells.create("digital", 2, 3, dev, CellHyperparameters.fcn("digital"), s))
        .isInstanceOf(DigitalMatrix.class);
    assertThat(Cells.create("Analog-SGD", 2, 3, dev, CellHyperparameters.fcn("analog-sgd"), s))
        .isInstanceOf(AnalogSgdCell.class);
    assertThat(Cells.create("ttv2", 2, 3, dev, CellHyperparameters.fcn("ttv2"), s))
        .isInstanceOf(TtV2Cell.class);
    assertThat(Cells.create("c-TTv2", 2, 3, dev, CellHyperparameters.fcn("cttv2"), s))
        .isExactlyInstanceOf(ChoppedTtV2Cell.class);
    assertThat(Cells.create("AGAD", 2, 3, dev, CellHyperparameters.fcn("agad"), s))
        .isExactlyInstanceOf(AgadCell.class);
    assertThat(Cells.create("rider", 2, 3, dev, CellHyperparameters.fcn("rider"), s))
        .isInstanceOf(ERiderCell.class);
    assertThat(Cells.create("erider", 2, 3, dev, CellHyperparameters.fcn("erider"), s))
        .isInstanceOf(ERiderCell.class);
    assertThatThrownBy(() -> Cells.create("agad", 2, 3, dev,
        CellHyperparameters.fcn("agad").withOverride("in_chop_prob", "0"), s))
        .hasMessageContaining("inChopProb must be > 0");
    assertThatThrownBy(() -> Cells.create("sgd", 2, 3, dev, CellHyperparameters.fcn("x"), s))
        .hasMessageContaining("unknown algorithm 'sgd'").hasMessageContaining("erider");
  }

  @Test
  void sameSeedSameTrajectory() {
    double[] a = CellSmokeTest.run("erider", CellSmokeTest.smokeHp("erider"), 7);
    double[] b = CellSmokeTest.run("erider", CellSmokeTest.smokeHp("erider"), 7);
    assertThat(a).containsExactly(b);
  }
}
