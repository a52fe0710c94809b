package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * AIHWKit's digital bias (docs/tile-periphery.md §4.2): on exact (digital) matrices, a layer with a
 * digital bias computes and learns exactly what the analog-bias layer (bias = last column) does —
 * same forward, same input gradient, and after an update the same weights and bias.
 */
class DigitalBiasTest {

  private final RandomGenerator rng = RandomStreams.of(11).stream(RandomStreams.INIT);

  @Test
  void linearWithDigitalBiasEqualsTheBiasColumn() {
    int in = 5;
    int out = 4;
    DigitalMatrix column = new DigitalMatrix(out, in + 1);
    AnalogLinear analog = new AnalogLinear(in, out, column).initialise(rng);
    DigitalMatrix weights = new DigitalMatrix(out, in);
    AnalogLinear digital = AnalogLinear.withDigitalBias(in, out, weights);
    double[] wb = new double[out * (in + 1)];
    column.readWeights(wb);
    weights.setWeights(dropLastColumn(wb, out, in + 1));
    setBias(digital, lastColumn(wb, out, in + 1));

    double[][] x = {GradientCheck.uniform(rng, in, 1), GradientCheck.uniform(rng, in, 1)};
    double[][] dy = {GradientCheck.uniform(rng, out, 1), GradientCheck.uniform(rng, out, 1)};
    assertSameLayer(analog, digital, x[0], dy[0]);
    analog.update(x, dy, 2, 0.1);
    digital.update(x, dy, 2, 0.1);
    column.readWeights(wb);
    double[] w = new double[out * in];
    weights.readWeights(w);
    assertThat(w).containsExactly(dropLastColumn(wb, out, in + 1));
    assertThat(digital.digitalBias()).containsExactly(lastColumn(wb, out, in + 1));
    assertSameLayer(analog, digital, x[1], dy[1]);
  }

  @Test
  void convWithDigitalBiasHasExactGradients() {
    DigitalMatrix m = new DigitalMatrix(3, 2 * 9);
    AnalogConv2d layer = AnalogConv2d.withDigitalBias(2, 5, 6, 3, 3, m).initialise(rng);
    double[] x = GradientCheck.uniform(rng, layer.inputSize(), 1);
    double[] r = GradientCheck.uniform(rng, layer.outputSize(), 1);
    assertThat(GradientCheck.inputGradientError(layer, x, r)).isLessThan(GradientCheck.TOLERANCE);
    assertThat(GradientCheck.weightGradientError(layer, m, x, r)).isLessThan(GradientCheck.TOLERANCE);
  }

  /** The bias is added to every output position of a convolution and learns from all of them. */
  @Test
  void convBiasIsAddedAtEveryPositionAndStepsByTheSummedGradient() {
    DigitalMatrix m = new DigitalMatrix(1, 4);
    AnalogConv2d conv = AnalogConv2d.withDigitalBias(1, 3, 3, 1, 2, m);
    double[] y = new double[conv.outputSize()];
    conv.forward(new double[9], y);
    assertThat(y).containsOnly(0.0);
    double[][] x = {new double[9]};
    double[][] dy = {{1, 2, 3, 4}};
    conv.update(x, dy, 1, 0.5);
    conv.forward(new double[9], y);
    assertThat(y).containsOnly(-0.5 * (1 + 2 + 3 + 4));
  }

  private static void assertSameLayer(AnalogLinear a, AnalogLinear b, double[] x, double[] dy) {
    double[] ya = new double[a.outputSize()];
    double[] yb = new double[b.outputSize()];
    a.forward(x, ya);
    b.forward(x, yb);
    assertThat(yb).containsExactly(ya);
    double[] za = new double[a.inputSize()];
    double[] zb = new double[b.inputSize()];
    a.backward(x, ya, dy, za);
    b.backward(x, yb, dy, zb);
    assertThat(zb).containsExactly(za);
  }

  private static void setBias(AnalogLinear layer, double[] b) {
    // b - 1 * (-b) through the exact bias step from zero: a zero input leaves the weights alone
    double[][] x = {new double[layer.inputSize()]};
    double[][] dy = {Arrays.stream(b).map(v -> -v).toArray()};
    layer.update(x, dy, 1, 1);
  }

  private static double[] dropLastColumn(double[] wb, int rows, int cols) {
    double[] w = new double[rows * (cols - 1)];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(wb, i * cols, w, i * (cols - 1), cols - 1);
    }
    return w;
  }

  private static double[] lastColumn(double[] wb, int rows, int cols) {
    double[] b = new double[rows];
    for (int i = 0; i < rows; i++) {
      b[i] = wb[i * cols + cols - 1];
    }
    return b;
  }
}
