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
    CellHyperparameters tt = CellHyperparameters.fcn(Algorithm.TTV2);
    assertThat(tt.fastLr()).isEqualTo(0.03);
    assertThat(tt.transferLr()).isEqualTo(0.01);
    assertThat(tt.scaleTransferLr()).isTrue();
    assertThat(tt.thresScale()).isEqualTo(0.8);
    assertThat(tt.momentum()).isEqualTo(0.1);
    assertThat(tt.gamma()).isZero();
    CellHyperparameters agad = CellHyperparameters.fcn(Algorithm.AGAD);
    assertThat(agad.inChopProb()).isEqualTo(0.1);
    assertThat(agad.inChopRandom()).isFalse();
    assertThat(agad.fastLr()).isEqualTo(0.05);
    assertThat(agad.transferLr()).isEqualTo(0.3);
    assertThat(agad.scaleTransferLr()).isTrue();
    assertThat(agad.scaleFastLr()).isFalse();
    assertThat(agad.autoGranularity()).isEqualTo(1000);
    assertThat(agad.tailWeightening()).isEqualTo(5);
    assertThat(agad.momentum()).isZero();
    CellHyperparameters er = CellHyperparameters.fcn(Algorithm.ERIDER);
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
    assertThat(CellHyperparameters.lenet5(Algorithm.TTV2).fastLr()).isEqualTo(0.005);
    assertThat(CellHyperparameters.lenet5(Algorithm.TTV2).transferLr()).isEqualTo(0.005);
    assertThat(CellHyperparameters.lenet5(Algorithm.AGAD).fastLr()).isEqualTo(0.01);
    assertThat(CellHyperparameters.lenet5(Algorithm.AGAD).transferLr()).isEqualTo(0.2);
    assertThat(CellHyperparameters.lenet5(Algorithm.ERIDER).fastLr()).isEqualTo(0.5);
    assertThat(CellHyperparameters.lenet5(Algorithm.ERIDER).transferLr()).isEqualTo(0.05);
  }

  @Test
  void table5IsTable3WithItsLearningRates() {
    assertThat(Table5.TTV2).isEqualTo(Table3.TTV2.withOverride("fast_lr", "0.03")
        .withOverride("transfer_lr", "0.01"));
    assertThat(Table5.AGAD).isEqualTo(Table3.AGAD.withOverride("fast_lr", "0.05")
        .withOverride("transfer_lr", "0.3"));
    assertThat(Table5.E_RIDER).isEqualTo(Table3.E_RIDER);
    assertThat(CellHyperparameters.fcn(Algorithm.CTTV2)).isEqualTo(Table5.AGAD);
    assertThat(CellHyperparameters.lenet5(Algorithm.RIDER).tailWeightening()).isEqualTo(0.2);
  }

  @Test
  void namedSettersAndAihwkitNamesSetTheSameComponent() {
    CellHyperparameters named = Table3.E_RIDER.toBuilder().transferEvery(2).unitsInMbatch(false)
        .fastLr(0.2).scaleFastLr(true).transferLr(0.3).scaleTransferLr(true).autoGranularity(5)
        .autoScale(true).autoMomentum(0.5).bufferGranularity(0.5).inChopProb(0.2)
        .inChopRandom(true).outChopProb(0.1).momentum(0.3).forgetBuffer(false)
        .tailWeightening(2).thresScale(0.7).gamma(0.4).step(2).desiredBl(7).transferDesiredBl(3)
        .build();
    CellHyperparameters byName = Table3.E_RIDER;
    for (String[] kv : new String[][] {{"transfer_every", "2"}, {"units_in_mbatch", "false"},
        {"fast_lr", "0.2"}, {"scale_fast_lr", "true"}, {"transfer_lr", "0.3"},
        {"scale_transfer_lr", "true"}, {"auto_granularity", "5"}, {"auto_scale", "true"},
        {"auto_momentum", "0.5"}, {"buffer_granularity", "0.5"}, {"in_chop_prob", "0.2"},
        {"in_chop_random", "true"}, {"out_chop_prob", "0.1"}, {"momentum", "0.3"},
        {"forget_buffer", "false"}, {"tail_weightening", "2"}, {"thres_scale", "0.7"},
        {"gamma", "0.4"}, {"step", "2"}, {"desired_bl", "7"}, {"transfer_desired_bl", "3"}}) {
      byName = byName.withOverride(kv[0], kv[1]);
    }
    assertThat(named).isEqualTo(byName).isNotEqualTo(Table3.E_RIDER);
  }

  @Test
  void overridesUseAihwkitNamesAndRejectBadInput() {
    CellHyperparameters hp = Table5.E_RIDER.withOverride("fast_lr", "0.2")
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
    assertThat(Cells.create(Algorithm.DIGITAL, 2, 3, dev, CellHyperparameters.fcn(Algorithm.DIGITAL), s))
        .isInstanceOf(DigitalMatrix.class);
    assertThat(Cells.create(Algorithm.ANALOG_SGD, 2, 3, dev, CellHyperparameters.fcn(Algorithm.ANALOG_SGD), s))
        .isInstanceOf(AnalogSgdCell.class);
    assertThat(Cells.create(Algorithm.TTV2, 2, 3, dev, CellHyperparameters.fcn(Algorithm.TTV2), s))
        .isInstanceOf(TtV2Cell.class);
    assertThat(Cells.create(Algorithm.CTTV2, 2, 3, dev, CellHyperparameters.fcn(Algorithm.CTTV2), s))
        .isExactlyInstanceOf(ChoppedTtV2Cell.class);
    assertThat(Cells.create(Algorithm.AGAD, 2, 3, dev, CellHyperparameters.fcn(Algorithm.AGAD), s))
        .isExactlyInstanceOf(AgadCell.class);
    assertThat(Cells.create(Algorithm.RIDER, 2, 3, dev, CellHyperparameters.fcn(Algorithm.RIDER), s))
        .isInstanceOf(ERiderCell.class);
    assertThat(Cells.create(Algorithm.ERIDER, 2, 3, dev, CellHyperparameters.fcn(Algorithm.ERIDER), s))
        .isInstanceOf(ERiderCell.class);
    assertThatThrownBy(() -> Cells.create(Algorithm.AGAD, 2, 3, dev,
        CellHyperparameters.fcn(Algorithm.AGAD).withOverride("in_chop_prob", "0"), s))
        .hasMessageContaining("inChopProb must be > 0");
    assertThatThrownBy(() -> Algorithm.of("sgd"))
        .hasMessageContaining("unknown algorithm 'sgd'").hasMessageContaining("erider");
    assertThat(Algorithm.of("c-TTv2")).isEqualTo(Algorithm.CTTV2);
    assertThat(Algorithm.of("E-RIDER")).isEqualTo(Algorithm.ERIDER);
    assertThat(Algorithm.of("Analog-SGD")).isEqualTo(Algorithm.ANALOG_SGD);
  }

  @Test
  void sameSeedSameTrajectory() {
    double[] a = CellSmokeTest.run("erider", CellSmokeTest.smokeHp("erider"), 7);
    double[] b = CellSmokeTest.run("erider", CellSmokeTest.smokeHp("erider"), 7);
    assertThat(a).containsExactly(b);
  }
}
