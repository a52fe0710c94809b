package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * One mini-batch step of a small conv + pool + linear network changes every weight by exactly
 * -lr times the finite-difference gradient of the batch-mean loss at the weights before the step
 * (AIHWKit's order: all forwards and backwards, then the per-sample updates).
 */
class NetworkBatchGradientTest {
  private static final int BATCH = 3;

  private final RandomGenerator rng = RandomStreams.of(3).stream(RandomStreams.INIT);

  private Network network() {
    AnalogConv2d conv = new AnalogConv2d(1, 6, 6, 2, 3, new DigitalMatrix(2, 10)).initialise(rng);
    MaxPool2d pool = new MaxPool2d(2, 4, 4, 2);
    return new Network(List.of(conv, new Tanh(conv.outputSize()), pool,
        new AnalogLinear(8, 5, new DigitalMatrix(5, 9)).initialise(rng), new Sigmoid(5),
        new AnalogLinear(5, 3, new DigitalMatrix(3, 6)).initialise(rng)), BATCH);
  }

  private Dataset data() {
    float[] x = new float[BATCH * 36];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextDouble();
    }
    return new Dataset(x, new int[] {0, 2, 1}, 36, 3);
  }

  private static double meanLoss(Network net, Dataset d) {
    double s = 0;
    for (int i = 0; i < d.count(); i++) {
      s += net.loss(d, i);
    }
    return s / d.count();
  }

  @Test
  void batchStepIsLrTimesTheGradientOfTheMeanLoss() {
    Network net = network();
    Dataset d = data();
    double lr = 0.7;
    List<TrainableMatrix> ms = net.matrices();
    double[][] before = new double[ms.size()][];
    double[][] numeric = new double[ms.size()][];
    for (int k = 0; k < ms.size(); k++) {
      TrainableMatrix m = ms.get(k);
      before[k] = new double[m.rows() * m.cols()];
      m.readWeights(before[k]);
      numeric[k] = GradientCheck.numeric(before[k], v -> {
        m.setWeights(v);
        return meanLoss(net, d);
      });
      m.setWeights(before[k]);
    }
    double expectedLoss = meanLoss(net, d) * BATCH;
    double loss = net.trainBatch(d, new int[] {0, 1, 2}, 0, BATCH, lr);
    assertThat(loss).isCloseTo(expectedLoss, org.assertj.core.data.Offset.offset(1e-12));
    for (int k = 0; k < ms.size(); k++) {
      double[] after = new double[before[k].length];
      ms.get(k).readWeights(after);
      double[] step = new double[after.length];
      for (int i = 0; i < after.length; i++) {
        step[i] = (before[k][i] - after[i]) / lr;
      }
      assertThat(GradientCheck.maxRelativeError(step, numeric[k])).as("matrix %d", k)
          .isLessThan(GradientCheck.TOLERANCE);
    }
  }

  @Test
  void initialisationIsUniformWithinOneOverSqrtFanIn() {
    Network fcn = Models.fcn(MatrixFactory.digital(), rng, 10);
    int[] fanIn = {784, 256, 128};
    for (int k = 0; k < 3; k++) {
      TrainableMatrix m = fcn.matrices().get(k);
      double[] w = new double[m.rows() * m.cols()];
      m.readWeights(w);
      double bound = 1 / Math.sqrt(fanIn[k]);
      double max = 0;
      double sumSq = 0;
      for (double v : w) {
        max = Math.max(max, Math.abs(v));
        sumSq += v * v;
      }
      assertThat(max).isLessThanOrEqualTo(bound);
      // >= 1290 uniform draws: max |w| < 0.99 bound has probability 0.99^1290 < 3e-6;
      // the second moment bound^2/3 is estimated within 10 % with overwhelming probability
      assertThat(max).isGreaterThan(0.99 * bound);
      assertThat(sumSq / w.length).isCloseTo(bound * bound / 3, org.assertj.core.data.Percentage.withPercentage(10));
    }
  }
}
