package io.github.rider.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The model-dependent parts of an MNIST run: batch, widest matrix, mini-batches, warm-up. */
class MnistRunTest {

  private static MnistRun run(MnistModel model, String alg, String inChopProb, int train,
      int epochs) {
    return new MnistRun(model, alg, model.hyperparameters(alg)
        .withOverride("in_chop_prob", inChopProb), "reram-array-hfo2", 0.4, 0.4, train, 100,
        epochs, 0.05);
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
    assertThat(run(MnistModel.LENET5, "erider", "0.05", 1000, 2).warmUpMiniBatches())
        .isEqualTo(20 * 512);
    // FCN, p = 0.1: 10 sweeps of 392 columns
    assertThat(run(MnistModel.FCN, "agad", "0.1", 1000, 2).warmUpMiniBatches())
        .isEqualTo(10 * 392);
    // TT-v2 has no warm-up
    assertThat(MnistRun.withDefaults(MnistModel.LENET5, "ttv2", "reram-array-hfo2", 0, 0.05,
        1000, 100, 2).warmUpMiniBatches()).isZero();
  }

  @Test
  void miniBatchesCountTheLastPartialBatch() {
    // 1001 samples in batches of 8: 126 per epoch
    assertThat(run(MnistModel.LENET5, "erider", "0.05", 1001, 3).miniBatches())
        .isEqualTo(3 * 126);
    assertThat(run(MnistModel.FCN, "erider", "0.05", 1000, 3).miniBatches()).isEqualTo(300);
  }

  @Test
  void defaultsAreThePapersTablesAndLearningRates() {
    MnistRun r = MnistRun.withDefaults(MnistModel.LENET5, "ttv2", "reram-array-hfo2", 0, 0.05,
        10, 10, 1);
    // Table 3: TT-v2 fast_lr 0.005; global LR 0.005 (stated with Table 3)
    assertThat(r.hp().fastLr()).isEqualTo(0.005);
    assertThat(r.lr()).isEqualTo(0.005);
    assertThat(MnistRun.withDefaults(MnistModel.LENET5, "agad", "reram-array-hfo2", 0, 0.05,
        10, 10, 1).lr()).isEqualTo(0.05);
    assertThat(MnistRun.withDefaults(MnistModel.FCN, "agad", "reram-array-hfo2", 0, 0.05,
        10, 10, 1).hp().fastLr()).isEqualTo(0.05); // Table 5
    // FCN: global LR not stated; every method takes the digital twin's 0.5
    for (String a : new String[] {"ttv2", "agad", "erider", "digital"}) {
      assertThat(MnistRun.withDefaults(MnistModel.FCN, a, "reram-array-hfo2", 0, 0.05, 10, 10, 1)
          .lr()).as(a).isEqualTo(0.5);
    }
  }
}
