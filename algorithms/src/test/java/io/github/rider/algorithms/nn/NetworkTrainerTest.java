package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Per-epoch reporting, learning on a separable toy problem, determinism and divergence detection. */
class NetworkTrainerTest {

  /** Two Gaussian blobs per class in 4-D, 3 classes, well separated (means 2 apart, std 0.3). */
  private static Dataset blobs(RandomGenerator rng, int n) {
    float[] x = new float[n * 4];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 3;
      for (int j = 0; j < 4; j++) {
        x[i * 4 + j] = (float) ((j == y[i] ? 2 : 0) + 0.3 * rng.nextGaussian());
      }
    }
    return new Dataset(x, y, 4, 3);
  }

  private static Network net(MatrixFactory f, long seed) {
    RandomGenerator init = RandomStreams.of(seed).stream(RandomStreams.INIT);
    return new Network(List.of(new AnalogLinear(4, 8, f.create("fc1", 8, 5)).initialise(init), new Sigmoid(8),
        new AnalogLinear(8, 3, f.create("fc2", 3, 9)).initialise(init)), 5);
  }

  private static TrainingReport run(MatrixFactory f, TrainingOptions o, long seed) {
    RandomStreams s = RandomStreams.of(seed);
    Dataset train = blobs(s.stream("train-data"), 300);
    Dataset test = blobs(s.stream("test-data"), 150);
    return NetworkTrainer.train(net(f, seed), train, test, o, s.stream(RandomStreams.DATA), ProgressListener.NONE);
  }

  @Test
  void learnsASeparableProblemAndReportsEveryEpoch() {
    TrainingReport r = run(MatrixFactory.digital(), TrainingOptions.of(4, 5, 0.5), 1);
    assertThat(r.epochs()).hasSize(4).extracting(EpochResult::epoch).containsExactly(1, 2, 3, 4);
    assertThat(r.diverged()).isFalse();
    assertThat(r.divergence()).isEmpty();
    assertThat(r.epochs().get(3).trainLoss()).isLessThan(r.epochs().get(0).trainLoss());
    // Bayes error of the blobs is ~1e-6; chance is 1/3
    assertThat(r.testAccuracy()).isGreaterThan(0.95);
    assertThat(r.pulses()).isZero();
  }

  @Test
  void sameSeedSameReportOtherSeedOther() {
    TrainingOptions o = TrainingOptions.of(2, 5, 0.5);
    assertThat(run(MatrixFactory.digital(), o, 5)).isEqualTo(run(MatrixFactory.digital(), o, 5))
        .isNotEqualTo(run(MatrixFactory.digital(), o, 6));
  }

  @Test
  void aRunInMiniBatchesStopsInsideTheLastEpochAfterExactlyThatMany() {
    // 300 samples in batches of 5: 60 mini-batches per epoch; 130 = two epochs and 10 batches
    int[] batches = {0};
    MatrixFactory counting = (name, rows, cols) -> {
      TrainableMatrix m = MatrixFactory.digital().create(name, rows, cols);
      return name.equals("fc1") ? new CountingBatches(m, batches) : m;
    };
    TrainingOptions o = TrainingOptions.ofMiniBatches(130, 300, 5, 0.5, Double.POSITIVE_INFINITY);
    assertThat(o.epochs()).isEqualTo(3);
    TrainingReport cut = run(counting, o, 1);
    assertThat(batches[0]).isEqualTo(130);
    assertThat(cut.epochs()).hasSize(3);
    TrainingReport whole = run(MatrixFactory.digital(), TrainingOptions.of(3, 5, 0.5), 1);
    assertThat(cut.epochs().subList(0, 2)).isEqualTo(whole.epochs().subList(0, 2));
    assertThat(cut.epochs().get(2)).isNotEqualTo(whole.epochs().get(2));
    // a whole number of epochs in mini-batches is the same run as in epochs
    assertThat(run(MatrixFactory.digital(),
        TrainingOptions.ofMiniBatches(120, 300, 5, 0.5, Double.POSITIVE_INFINITY), 1))
        .isEqualTo(run(MatrixFactory.digital(), TrainingOptions.of(2, 5, 0.5), 1));
  }

  /** Counts the mini-batches a matrix sees (its endBatch calls). */
  private record CountingBatches(TrainableMatrix m, int[] count) implements TrainableMatrix {
    public int rows() {
      return m.rows();
    }

    public int cols() {
      return m.cols();
    }

    public void forward(double[] x, double[] y) {
      m.forward(x, y);
    }

    public void backward(double[] d, double[] z) {
      m.backward(d, z);
    }

    public void update(double[] x, double[] d, double lr) {
      m.update(x, d, lr);
    }

    public void endBatch() {
      count[0]++;
      m.endBatch();
    }

    public void readWeights(double[] out) {
      m.readWeights(out);
    }

    public void setWeights(double[] w) {
      m.setWeights(w);
    }
  }

  @Test
  void nonFiniteLossIsReportedAndStopsTraining() {
    MatrixFactory poisoned = (name, rows, cols) -> new Poisoned(rows, cols);
    TrainingReport r = run(poisoned, TrainingOptions.of(3, 5, 0.5), 1);
    assertThat(r.diverged()).isTrue();
    assertThat(r.divergence()).contains("non-finite training loss").contains("epoch 1");
    assertThat(r.epochs()).hasSize(1);
    assertThat(r.epochs().get(0).trainLoss()).isNaN();
  }

  @Test
  void weightsPinnedAtTheBoundsAreReported() {
    // a cell clipped to [-0.05, 0.05] and a large step: every weight ends at a bound
    MatrixFactory clipped = (name, rows, cols) -> new Clipped(rows, cols, 0.05);
    TrainingReport r = run(clipped, new TrainingOptions(3, 5, 1000, 0.05), 1);
    assertThat(r.diverged()).isTrue();
    assertThat(r.divergence()).contains("pinned at the bounds");
    // the same run without the bound check is not flagged (mutation check of the detector)
    assertThat(run(clipped, TrainingOptions.of(3, 5, 1000), 1).diverged()).isFalse();
  }

  /** A digital matrix that produces NaN after 20 updates. */
  private static final class Poisoned implements TrainableMatrix {
    private final DigitalMatrix m;
    private int updates;

    Poisoned(int rows, int cols) {
      m = new DigitalMatrix(rows, cols);
    }

    @Override public int rows() { return m.rows(); }
    @Override public int cols() { return m.cols(); }
    @Override public void forward(double[] x, double[] y) {
      m.forward(x, y);
      if (updates > 20) {
        y[0] = Double.NaN;
      }
    }
    @Override public void backward(double[] d, double[] z) { m.backward(d, z); }
    @Override public void update(double[] x, double[] d, double lr) { m.update(x, d, lr); updates++; }
    @Override public void readWeights(double[] out) { m.readWeights(out); }
    @Override public void setWeights(double[] w) { m.setWeights(w); }
  }

  /** A digital matrix whose weights are clipped to [-b, b] after every update. */
  private static final class Clipped implements TrainableMatrix {
    private final DigitalMatrix m;
    private final double b;
    private final double[] w;

    Clipped(int rows, int cols, double b) {
      m = new DigitalMatrix(rows, cols);
      this.b = b;
      this.w = new double[rows * cols];
    }

    @Override public int rows() { return m.rows(); }
    @Override public int cols() { return m.cols(); }
    @Override public void forward(double[] x, double[] y) { m.forward(x, y); }
    @Override public void backward(double[] d, double[] z) { m.backward(d, z); }
    @Override public void update(double[] x, double[] d, double lr) {
      m.update(x, d, lr);
      m.readWeights(w);
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(-b, Math.min(b, w[i]));
      }
      m.setWeights(w);
    }
    @Override public void readWeights(double[] out) { m.readWeights(out); }
    @Override public void setWeights(double[] v) { m.setWeights(v); }
  }
}
