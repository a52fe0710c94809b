package io.github.rider.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.Scale;
import org.junit.jupiter.api.Test;

/** The model-dependent parts of an MNIST run: batch, widest matrix, mini-batches, warm-up. */
class MnistRunTest {

  private static MnistRun run(MnistModel model, Algorithm alg, String inChopProb, int train,
      long miniBatches) {
    return new MnistRun(model, alg, model.hyperparameters(alg)
        .withOverride("in_chop_prob", inChopProb), "reram-array-hfo2", 0.4, 0.4, train, 100,
        miniBatches, 0.05);
  }

  @Test
  void modelsHaveThePapersBatchAndWidestMatrix() {
    // the paper's FCN: batch 10, fc1 784 inputs on two 392-column tiles (AIHWKit's mapping, digital
    // bias); LeNet-5 batch 8, fc1 512 inputs on one tile
    assertThat(MnistModel.FCN.batch()).isEqualTo(10);
    assertThat(MnistModel.LENET5.batch()).isEqualTo(8);
    assertThat(MnistModel.FCN.widestMatrixColumns()).isEqualTo(392);
    assertThat(MnistModel.LENET5.widestMatrixColumns()).isEqualTo(512);
    assertThat(MnistModel.of("LeNet5")).isEqualTo(MnistModel.LENET5);
    assertThatThrownBy(() -> MnistModel.of("resnet")).hasMessageContaining("fcn, lenet5");
  }

  @Test
  void warmUpIsChopperPeriodSweepsOfTheWidestMatrix() {
    // LeNet-5, p = 0.05: n_s = 20 sweeps of 512 columns, one column per mini-batch
    assertThat(run(MnistModel.LENET5, Algorithm.ERIDER, "0.05", 1000, 2).warmUpMiniBatches())
        .isEqualTo(20 * 512);
    // FCN, p = 0.1: 10 sweeps of 392 columns
    assertThat(run(MnistModel.FCN, Algorithm.AGAD, "0.1", 1000, 2).warmUpMiniBatches())
        .isEqualTo(10 * 392);
    // TT-v2 has no warm-up
    assertThat(MnistRun.withDefaults(MnistModel.LENET5, Algorithm.TTV2, "reram-array-hfo2", 0, 0.05,
        1000, 100, 2).warmUpMiniBatches()).isZero();
  }

  @Test
  void miniBatchesCountTheLastPartialBatchAndEpochsTheLastPartialEpoch() {
    // 1001 samples in batches of 8: 126 per epoch
    assertThat(MnistRun.miniBatches(3, 1001, 8)).isEqualTo(3 * 126);
    assertThat(MnistRun.miniBatches(3, 1000, 10)).isEqualTo(300);
    MnistRun r = run(MnistModel.LENET5, Algorithm.ERIDER, "0.05", 1001, 3 * 126 + 1);
    assertThat(r.epochs(1001)).isEqualTo(4);
    assertThat(r.epochs(100_000)).isEqualTo(4); // trainSize caps the samples used
    assertThat(r.epochs(504)).isEqualTo(7); // a smaller data set: 63 mini-batches per epoch
  }

  @Test
  void thePapersRunLengthsInMiniBatches() {
    // 40 epochs of 60,000 in batches of 10 (FCN) and 8 (LeNet-5); Fig. 5: 50 epochs
    assertThat(Table2FcnReferenceGrid.PAPER_MINI_BATCHES).isEqualTo(240_000);
    assertThat(Table1LeNet5ReferenceGrid.PAPER_MINI_BATCHES).isEqualTo(300_000);
    assertThat(Fig5ChopperProbability.PAPER_MINI_BATCHES).isEqualTo(300_000);
    DataSource d = DataSource.DEFAULT;
    assertThat(Table2FcnReferenceGrid.Config.forScale(Scale.PAPER_STEPS, d).miniBatches())
        .isEqualTo(240_000);
    assertThat(Table1LeNet5ReferenceGrid.Config.forScale(Scale.PAPER_STEPS, d).miniBatches())
        .isEqualTo(300_000);
    assertThat(Fig5ChopperProbability.Config.forScale(Scale.PAPER_STEPS, d).miniBatches())
        .isEqualTo(300_000);
    // the default scale passes E-RIDER's first-layer warm-up (20 sweeps of 392 columns) and
    // spans five of its chopper periods
    Table2FcnReferenceGrid.Config q = Table2FcnReferenceGrid.Config.forScale(Scale.QUICK, d);
    assertThat(q.miniBatches()).isEqualTo(40_000)
        .isGreaterThanOrEqualTo(5 * MnistRun.withDefaults(MnistModel.FCN, Algorithm.ERIDER,
            "reram-array-hfo2", 0, 0.05, 8000, 100, q.miniBatches()).warmUpMiniBatches());
    assertThat(Scale.of("paper-steps")).isEqualTo(Scale.PAPER_STEPS);
    assertThat(Scale.PAPER_STEPS.label()).isEqualTo("paper-steps");
    assertThatThrownBy(() -> Scale.of("huge")).hasMessageContaining("quick, full, paper-steps");
  }

  @Test
  void defaultsAreThePapersTablesAndLearningRates() {
    MnistRun r = MnistRun.withDefaults(MnistModel.LENET5, Algorithm.TTV2, "reram-array-hfo2", 0, 0.05,
        10, 10, 1);
    // Table 3: TT-v2 fast_lr 0.005; global LR 0.005 (stated with Table 3)
    assertThat(r.hp().fastLr()).isEqualTo(0.005);
    assertThat(r.lr()).isEqualTo(0.005);
    assertThat(MnistRun.withDefaults(MnistModel.LENET5, Algorithm.AGAD, "reram-array-hfo2", 0, 0.05,
        10, 10, 1).lr()).isEqualTo(0.05);
    assertThat(MnistRun.withDefaults(MnistModel.FCN, Algorithm.AGAD, "reram-array-hfo2", 0, 0.05,
        10, 10, 1).hp().fastLr()).isEqualTo(0.05); // Table 5
    // FCN: global LR not stated; every method takes the digital twin's 0.5
    for (Algorithm a : new Algorithm[] {Algorithm.TTV2, Algorithm.AGAD, Algorithm.ERIDER,
        Algorithm.DIGITAL}) {
      assertThat(MnistRun.withDefaults(MnistModel.FCN, a, "reram-array-hfo2", 0, 0.05, 10, 10, 1)
          .lr()).as(a.cliName()).isEqualTo(0.5);
    }
  }
}
