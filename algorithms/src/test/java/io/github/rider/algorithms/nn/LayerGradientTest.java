package io.github.rider.algorithms.nn;

import static io.github.rider.algorithms.nn.GradientCheck.TOLERANCE;
import static io.github.rider.algorithms.nn.GradientCheck.inputGradientError;
import static io.github.rider.algorithms.nn.GradientCheck.uniform;
import static io.github.rider.algorithms.nn.GradientCheck.weightGradientError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Forward/backward/update of every layer against central finite differences (deterministic). */
class LayerGradientTest {

  private final RandomGenerator rng = RandomStreams.of(42).stream(RandomStreams.INIT);

  @Test
  void linearInputAndWeightGradientsIncludingTheBiasColumn() {
    DigitalMatrix m = new DigitalMatrix(4, 6);
    AnalogLinear layer = new AnalogLinear(5, 4, m).initialise(rng);
    double[] x = uniform(rng, 5, 1);
    double[] r = uniform(rng, 4, 1);
    assertThat(inputGradientError(layer, x, r)).isLessThan(TOLERANCE);
    assertThat(weightGradientError(layer, m, x, r)).isLessThan(TOLERANCE);
  }

  @Test
  void linearForwardIsWxPlusBiasFromTheLastColumn() {
    DigitalMatrix m = new DigitalMatrix(2, 3);
    m.setWeights(new double[] {1, 2, 10, -1, 3, 20});
    double[] y = new double[2];
    new AnalogLinear(2, 2, m).forward(new double[] {0.5, -1}, y);
    assertThat(y).containsExactly(1 * 0.5 - 2 + 10, -0.5 - 3 + 20);
  }

  @Test
  void convInputAndWeightGradients() {
    DigitalMatrix m = new DigitalMatrix(3, 2 * 9 + 1);
    AnalogConv2d layer = new AnalogConv2d(2, 5, 6, 3, 3, m).initialise(rng);
    double[] x = uniform(rng, layer.inputSize(), 1);
    double[] r = uniform(rng, layer.outputSize(), 1);
    assertThat(inputGradientError(layer, x, r)).isLessThan(TOLERANCE);
    assertThat(weightGradientError(layer, m, x, r)).isLessThan(TOLERANCE);
  }

  @Test
  void tanhAndSigmoidGradients() {
    double[] x = uniform(rng, 7, 3);
    double[] r = uniform(rng, 7, 1);
    assertThat(inputGradientError(new Tanh(7), x, r)).isLessThan(TOLERANCE);
    assertThat(inputGradientError(new Sigmoid(7), x, r)).isLessThan(TOLERANCE);
  }

  @Test
  void maxPoolGradientGoesToTheWindowMaximum() {
    MaxPool2d pool = new MaxPool2d(2, 4, 5, 2); // odd width: the last column is dropped
    assertThat(pool.outputSize()).isEqualTo(2 * 2 * 2);
    double[] x = uniform(rng, pool.inputSize(), 1); // distinct values: no ties, gaps >> h
    double[] r = uniform(rng, pool.outputSize(), 1);
    assertThat(inputGradientError(pool, x, r)).isLessThan(TOLERANCE);
  }

  @Test
  void softmaxCrossEntropyGradientAndValue() {
    double[] z = uniform(rng, 6, 4);
    double[] g = new double[6];
    double loss = SoftmaxCrossEntropy.lossAndGradient(z, 6, 2, 0.5, g);
    double[] numeric = GradientCheck.numeric(z,
        v -> 0.5 * SoftmaxCrossEntropy.lossAndGradient(v, 6, 2, 1, new double[6]));
    assertThat(GradientCheck.maxRelativeError(g, numeric)).isLessThan(TOLERANCE);
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v);
    }
    assertThat(loss).isCloseTo(Math.log(sum) - z[2], org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void softmaxCrossEntropyIsStableForLargeLogits() {
    double[] g = new double[2];
    double loss = SoftmaxCrossEntropy.lossAndGradient(new double[] {1000, 0}, 2, 1, 1, g);
    assertThat(loss).isEqualTo(1000.0);
    assertThat(g).containsExactly(1.0, -1.0);
  }

  /** Mutation check: an activation with a wrong derivative (tanh' taken as 1 - y) fails the check. */
  @Test
  void aWrongDerivativeFailsTheCheck() {
    Activation broken = new Activation(7) {
      @Override
      double value(double x) {
        return Math.tanh(x);
      }

      @Override
      double slopeAtOutput(double y) {
        return 1 - y;
      }
    };
    assertThat(inputGradientError(broken, uniform(rng, 7, 3), uniform(rng, 7, 1))).isGreaterThan(1e-2);
  }
}
