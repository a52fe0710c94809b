package io.github.rider.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.nn.Dataset;
import io.github.rider.algorithms.nn.MatrixFactory;
import io.github.rider.algorithms.nn.Models;
import io.github.rider.algorithms.nn.NetworkTrainer;
import io.github.rider.algorithms.nn.ProgressListener;
import io.github.rider.algorithms.nn.TrainingOptions;
import io.github.rider.algorithms.nn.TrainingReport;
import io.github.rider.device.rng.RandomStreams;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The digital twin of the paper's FCN (784-256-128-10, sigmoid, batch 10) on the bundled
 * 8k/2k real-MNIST set: ">= 90 % test accuracy after 5 epochs" (slow, about
 * 20-60 s on 2 cores), and fast smoke variants of the FCN and LeNet-5.
 */
class DigitalFcnOnBundledMnistTest {
  /** The train-mnist default for the digital FCN. */
  private static final double LR = 0.5;

  private static TrainingReport train(Dataset train, Dataset test, int epochs, long seed) {
    RandomStreams s = RandomStreams.of(seed);
    return NetworkTrainer.train(Models.fcn(MatrixFactory.digital(), s.stream(RandomStreams.INIT), 10),
        train, test, TrainingOptions.of(epochs, 10, LR), s.stream(RandomStreams.DATA), ProgressListener.NONE);
  }

  @Test
  @Tag("slow")
  void reachesNinetyPercentAfterFiveEpochs() throws IOException {
    MnistData d = MnistData.bundled();
    TrainingReport r = train(d.train(), d.test(), 5, 1);
    assertThat(r.diverged()).isFalse();
    assertThat(r.testAccuracy()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void smokeOneEpochLearns() throws IOException {
    // the sigmoid FCN sits on its initial loss plateau (~ln 10) for the first few hundred steps;
    // one epoch (800 steps) is past it
    MnistData d = MnistData.bundled();
    TrainingReport r = train(d.train(), d.test().head(500), 1, 1);
    assertThat(r.diverged()).isFalse();
    assertThat(r.epochs()).hasSize(1);
    assertThat(r.testAccuracy()).isGreaterThan(0.5); // chance is 0.1
  }

  @Test
  void lenet5SmokeLearnsFromFiveHundredSamples() throws IOException {
    MnistData d = MnistData.bundled();
    RandomStreams s = RandomStreams.of(1);
    TrainingReport r = NetworkTrainer.train(Models.lenet5(MatrixFactory.digital(), s.stream(RandomStreams.INIT), 8),
        d.train().head(500), d.test().head(300), TrainingOptions.of(1, 8, 0.05), s.stream(RandomStreams.DATA),
        ProgressListener.NONE);
    assertThat(r.diverged()).isFalse();
    assertThat(r.epochs().get(0).trainLoss()).isLessThan(Math.log(10)); // below the uniform-guess loss
    assertThat(r.testAccuracy()).isGreaterThan(0.3); // chance is 0.1
  }
}
