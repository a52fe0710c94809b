package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The im2col convolution equals a direct (cross-correlation, PyTorch convention) convolution. */
class ConvolutionIm2colTest {
  private static final int C = 3;
  private static final int H = 7;
  private static final int W = 6;
  private static final int O = 4;
  private static final int K = 3;

  private final RandomGenerator rng = RandomStreams.of(7).stream(RandomStreams.INIT);

  /** out[o][y][x] = b[o] + sum_{c,i,j} w[o][c][i][j] in[c][y+i][x+j] (or with the kernel flipped). */
  private static double[] direct(double[] w, double[] x, boolean flipped) {
    int oh = H - K + 1;
    int ow = W - K + 1;
    double[] y = new double[O * oh * ow];
    int cols = C * K * K + 1;
    for (int o = 0; o < O; o++) {
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          double s = w[o * cols + cols - 1];
          for (int c = 0; c < C; c++) {
            for (int i = 0; i < K; i++) {
              for (int j = 0; j < K; j++) {
                int ki = flipped ? K - 1 - i : i;
                int kj = flipped ? K - 1 - j : j;
                s += w[o * cols + (c * K + ki) * K + kj] * x[(c * H + oy + i) * W + ox + j];
              }
            }
          }
          y[(o * oh + oy) * ow + ox] = s;
        }
      }
    }
    return y;
  }

  @Test
  void im2colForwardEqualsDirectConvolution() {
    DigitalMatrix m = new DigitalMatrix(O, C * K * K + 1);
    AnalogConv2d conv = new AnalogConv2d(C, H, W, O, K, m).initialise(rng);
    double[] w = new double[m.rows() * m.cols()];
    m.readWeights(w);
    double[] x = GradientCheck.uniform(rng, C * H * W, 1);
    double[] y = new double[conv.outputSize()];
    conv.forward(x, y);
    double[] expected = direct(w, x, false);
    assertThat(y).hasSize(expected.length);
    for (int i = 0; i < y.length; i++) {
      assertThat(y[i]).as("output %d", i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-12));
    }
    // mutation check: the flipped-kernel (true) convolution is a different map on random data
    double[] flipped = direct(w, x, true);
    double worst = 0;
    for (int i = 0; i < y.length; i++) {
      worst = Math.max(worst, Math.abs(y[i] - flipped[i]));
    }
    assertThat(worst).isGreaterThan(1e-3);
  }

  /** AIHWKit's default mapping: digital bias, the 784-input FCN layer split into 2 tiles of 392 columns. */
  @Test
  void shapesOfTheModelLayersUnderAihwkitsMapping() {
    Network lenet = Models.lenet5(MatrixFactory.digital(), rng, 8);
    assertThat(lenet.inputSize()).isEqualTo(784);
    assertThat(lenet.outputSize()).isEqualTo(10);
    assertThat(lenet.matrices()).extracting(TrainableMatrix::rows).containsExactly(16, 32, 128, 10);
    assertThat(lenet.matrices()).extracting(TrainableMatrix::cols).containsExactly(25, 400, 512, 128);
    Network fcn = Models.fcn(MatrixFactory.digital(), rng, 10);
    assertThat(fcn.matrices()).extracting(TrainableMatrix::rows).containsExactly(256, 128, 10);
    assertThat(fcn.matrices()).extracting(TrainableMatrix::cols).containsExactly(784, 256, 128);
    TiledMatrix fc1 = (TiledMatrix) fcn.matrices().get(0);
    assertThat(fc1.tileCount()).isEqualTo(2);
    assertThat(fc1.tile(0, 1).cols()).isEqualTo(392);
  }

  @Test
  void shapesOfTheModelLayersWithOneTileAndAnalogBias() {
    Mapping m = Mapping.SINGLE_TILE_ANALOG_BIAS;
    Network lenet = Models.lenet5(MatrixFactory.digital(), m, rng, 8);
    assertThat(lenet.matrices()).extracting(TrainableMatrix::cols).containsExactly(26, 401, 513, 129);
    Network fcn = Models.fcn(MatrixFactory.digital(), m, rng, 10);
    assertThat(fcn.matrices()).extracting(TrainableMatrix::cols).containsExactly(785, 257, 129);
  }
}
