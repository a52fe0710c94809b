package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.IoParameters.BoundManagement;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Forward/backward I/O of docs/tile-periphery.md §2-3 and its §7 test vectors (AIHWKit 1.0.0,
 * verified).
 */
class IoPeripheryTest {

  private static final IoParameters NOISE_FREE = IoParameters.DEFAULTS.withOutNoise(0);

  private static IoPeriphery periphery(IoParameters io, int max, long seed) {
    return new IoPeriphery(io, max, RandomStreams.of(seed).stream(RandomStreams.IO_NOISE));
  }

  @Test
  void perfectForwardAndBackwardEqualTheMatrixProducts() {
    RandomGenerator rng = RandomStreams.of(1).stream("test");
    int rows = 7;
    int cols = 11;
    double[] w = new double[rows * cols];
    double[] x = new double[cols];
    double[] d = new double[rows];
    for (int i = 0; i < w.length; i++) {
      w[i] = rng.nextGaussian();
    }
    for (int j = 0; j < cols; j++) {
      x[j] = 3 * rng.nextGaussian();
    }
    for (int i = 0; i < rows; i++) {
      d[i] = 3 * rng.nextGaussian();
    }
    IoPeriphery p = periphery(IoParameters.PERFECT, 11, 2);
    double[] y = new double[rows];
    double[] z = new double[cols];
    p.forward(w, rows, cols, x, y);
    p.backward(w, rows, cols, d, z);
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int j = 0; j < cols; j++) {
        s += w[i * cols + j] * x[j];
      }
      assertThat(y[i]).isCloseTo(s, within(1e-12));
    }
    for (int j = 0; j < cols; j++) {
      double s = 0;
      for (int i = 0; i < rows; i++) {
        s += w[i * cols + j] * d[i];
      }
      assertThat(z[j]).isCloseTo(s, within(1e-12));
    }
  }

  @Test
  void boundManagementTestVectorsOfAihwkit() {
    double[] w = new double[24];
    Arrays.fill(w, 0.5);
    double[] ones = new double[24];
    Arrays.fill(ones, 1);
    double[] twos = new double[24];
    Arrays.fill(twos, 2);
    double[] y = new double[1];
    // docs/tile-periphery.md §7: the float32 top level 12.000001 > 12 is a hit, second pass gives
    // 125 steps
    periphery(NOISE_FREE, 24, 3).forward(w, 1, 24, ones, y);
    assertThat(y[0]).isCloseTo(11.7647066, within(1e-6));
    periphery(NOISE_FREE, 24, 3).forward(w, 1, 24, twos, y);
    assertThat(y[0]).isCloseTo(23.5294132, within(2e-6));
    // without bound management the clipped first pass is the answer (the mutation BM off fails
    // above)
    periphery(NOISE_FREE.withBoundManagement(BoundManagement.NONE), 24, 3).forward(w, 1, 24, ones,
        y);
    assertThat(y[0]).isCloseTo(12.0, within(1e-6));
    // backward never bound-manages: the transposed tile clips once
    double[] z = new double[1];
    periphery(NOISE_FREE, 24, 3).backward(w, 24, 1, ones, z);
    assertThat(z[0]).isCloseTo(12.0, within(1e-6));
  }

  @Test
  void boundManagementStopsAtSixteenAndKeepsTheClippedPass() {
    RandomGenerator rng = RandomStreams.of(4).stream("test");
    int rows = 5;
    int cols = 400;
    double[] w = new double[rows * cols];
    double[] x = new double[cols];
    for (int i = 0; i < w.length; i++) {
      w[i] = 5 * rng.nextDouble();
    }
    double s = 0;
    for (int j = 0; j < cols; j++) {
      x[j] = Math.abs(rng.nextGaussian());
      s = Math.max(s, x[j]);
    }
    double[] y = new double[rows];
    periphery(NOISE_FREE, 400, 5).forward(w, rows, cols, x, y);
    for (int i = 0; i < rows; i++) {
      // r = 16 (r > 0.25 / Delta_in = 15.75 stops), output clipped at 12: y = s 16 12
      assertThat(y[i]).isCloseTo(s * 16 * 12, within(1e-4 * s * 16 * 12));
    }
  }

  @Test
  void noiseFreeOutputIsTheQuantisedScaledProduct() {
    double[] w = {0.3, -0.2, 0.1, 0.05, 0.25, -0.4};
    double[] x = {0.5, 0.2, -0.1};
    double[] y = new double[2];
    periphery(NOISE_FREE, 3, 6).forward(w, 2, 3, x, y);
    float dIn = 2f / 126;
    float dOut = 24f / 510;
    for (int i = 0; i < 2; i++) {
      double acc = 0;
      for (int j = 0; j < 3; j++) {
        acc += w[i * 3 + j] * Math.rint(x[j] / 0.5 / dIn) * dIn;
      }
      double expected = 0.5 * Math.rint(acc / dOut) * dOut;
      assertThat(y[i]).isCloseTo(expected, within(1e-6));
    }
    // an all-zero input under noise management is exactly 0, even with output noise
    double[] zero = new double[3];
    periphery(IoParameters.DEFAULTS, 3, 6).forward(w, 2, 3, zero, y);
    assertThat(y).containsExactly(0.0, 0.0);
  }

  /**
   * Without noise management the DAC clips each quantised input to [-b_in, b_in]
   * (docs/tile-periphery.md §2.4): inputs beyond the range on either side count as +-b_in, those
   * inside as their quantised value (b_in = 1, Delta_in = 2/126, noise-free, output unquantised and
   * unclipped).
   */
  @Test
  void withoutNoiseManagementTheDacClipsBothSides() {
    IoParameters io = NOISE_FREE.withNoiseManagement(IoParameters.NoiseManagement.NONE)
        .withBoundManagement(BoundManagement.NONE).withOutRes(0).withOutBound(0);
    double[] w = {1.0, 0.5, 0.25, -1.0};
    double[] x = {2.5, -3.0, 0.4, -1.7};
    double[] y = new double[1];
    periphery(io, 4, 7).forward(w, 1, 4, x, y);
    float dIn = 2f / 126;
    float q = (float) Math.rint(0.4f / dIn) * dIn;
    float expected = 0f + 1.0f * 1f;
    expected += 0.5f * -1f;
    expected += 0.25f * q;
    expected += -1.0f * -1f;
    assertThat(y[0]).isEqualTo(expected);
  }

  /**
   * The forward and the backward (which add only the nonzero inputs' products, four inputs per
   * pass, from W's columns resp. rows) equal the plain float32 per-output loops over every input
   * bit for bit, for more outputs than inputs and fewer: inputs with exact zeros of both signs
   * (MNIST's blank pixels) and dense ones, negative weights, counts that four does not divide.
   * Unquantised, unclipped and noise-free, so that the output is the float32 sum itself.
   */
  @Test
  void forwardAndBackwardEqualThePlainFloatLoopsBitForBit() {
    productsEqualThePlainFloatLoops(21, 50);
    productsEqualThePlainFloatLoops(40, 19);
  }

  private static void productsEqualThePlainFloatLoops(int rows, int cols) {
    IoParameters exact = IoParameters.DEFAULTS.withOutNoise(0).withInpRes(0).withOutRes(0)
        .withOutBound(0).withNoiseManagement(IoParameters.NoiseManagement.NONE)
        .withBoundManagement(BoundManagement.NONE);
    RandomGenerator rng = RandomStreams.of(8).stream(RandomStreams.DATA);
    IoPeriphery io = periphery(exact, Math.max(rows, cols), 8);
    for (int trial = 0; trial < 30; trial++) {
      double[] w = new double[rows * cols];
      for (int k = 0; k < w.length; k++) {
        w[k] = 2 * rng.nextDouble() - 1;
      }
      double zeros = trial < 20 ? 0.7 : 0; // sparse inputs (zeros of both signs), then dense
      double[] x = inputs(cols, zeros, rng);
      double[] d = inputs(rows, zeros, rng);
      if (trial == 0) {
        Arrays.fill(x, 0.0);
        x[cols - 1] = 0.5; // a single nonzero input, the last one
      }
      double[] y = new double[rows];
      io.forward(w, rows, cols, x, y);
      assertPlainFloatSums(y, w, cols, 1, x, "trial " + trial + ", forward");
      double[] z = new double[cols];
      io.backward(w, rows, cols, d, z);
      assertPlainFloatSums(z, w, 1, cols, d, "trial " + trial + ", backward");
    }
  }

  /** out[o] equals, bit for bit, the float32 {@link PlainProducts#sum} for every output o. */
  private static void assertPlainFloatSums(double[] out, double[] w, int outStride, int inStride,
      double[] v, String what) {
    for (int o = 0; o < out.length; o++) {
      assertThat(Double.doubleToRawLongBits(out[o])).as("%s, output %d", what, o)
          .isEqualTo(Double.doubleToRawLongBits(PlainProducts.sum(w, o, outStride, inStride, v,
              true)));
    }
  }

  /** n inputs, a share {@code zeros} of them +0 or -0 (one in seven -0), the rest in (-1, 1). */
  private static double[] inputs(int n, double zeros, RandomGenerator rng) {
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      double u = rng.nextDouble();
      x[j] = u < zeros * 6 / 7 ? 0.0 : u < zeros ? -0.0 : 2 * rng.nextDouble() - 1;
    }
    return x;
  }

  @Test
  void outputNoiseIsGaussianWithStdSigmaTimesNoiseScale() {
    // unquantised, so the error is exactly sigma_out s xi (s = max|x| = 2, no BM retry)
    IoParameters io = IoParameters.DEFAULTS.withInpRes(-1).withOutRes(-1);
    double[] w = {0.3, -0.2, 0.1};
    double[] x = {2, 1, -0.5};
    double exact = 0.3 * 2 - 0.2 - 0.05;
    IoPeriphery p = periphery(io, 3, 7);
    int reps = 4000;
    double sum = 0;
    double sumSq = 0;
    double[] y = new double[1];
    for (int k = 0; k < reps; k++) {
      p.forward(w, 1, 3, x, y);
      double e = y[0] - exact;
      sum += e;
      sumSq += e * e;
    }
    double sigma = 0.06 * 2;
    double mean = sum / reps;
    double sd = Math.sqrt(sumSq / reps - mean * mean);
    // 5 standard errors each (sd of the sample sd ~ sigma / sqrt(2 R)): false failure < 1e-6
    assertThat(mean).isCloseTo(0, within(5 * sigma / Math.sqrt(reps)));
    assertThat(sd).isCloseTo(sigma, within(5 * sigma / Math.sqrt(2.0 * reps)));
    // mutation: noise not scaled by s (sd 0.06) would be 25 standard errors off
    assertThat(Math.abs(sd - 0.06)).isGreaterThan(5 * sigma / Math.sqrt(2.0 * reps));
  }

  @Test
  void inputNoiseIsReferredToTheOutputThroughTheRowNorm() {
    // docs/tile-periphery.md §2.8: input noise in output units sigma_in s r ||W_i||_2
    IoParameters io = IoParameters.DEFAULTS.withInpRes(-1).withOutRes(-1).withOutNoise(0)
        .withInpNoise(0.05);
    double[] w = {0.3, -0.2, 0.1};
    double[] x = {2, 1, -0.5};
    double exact = 0.3 * 2 - 0.2 - 0.05;
    IoPeriphery p = periphery(io, 3, 10);
    int reps = 4000;
    double sumSq = 0;
    double[] y = new double[1];
    for (int k = 0; k < reps; k++) {
      p.forward(w, 1, 3, x, y);
      sumSq += (y[0] - exact) * (y[0] - exact);
    }
    double sigma = 0.05 * 2 * Math.sqrt(0.09 + 0.04 + 0.01);
    // 5 standard errors of the sample sd: false failure < 1e-6
    assertThat(Math.sqrt(sumSq / reps)).isCloseTo(sigma, within(5 * sigma / Math.sqrt(2.0 * reps)));
  }

  @Test
  void transferReadOfAColumnAddsOutputNoiseAndQuantises() {
    IoParameters io = IoParameters.PAPER_TABLE6_TRANSFER;
    double[] col = {0.3, -0.7};
    double[] out = new double[2];
    periphery(io.withOutNoise(0), 2, 8).readColumn(col, 2, out);
    float dOut = 24f / 510;
    assertThat(out[0]).isCloseTo(Math.rint(0.3 / dOut) * dOut, within(1e-6));
    assertThat(out[1]).isCloseTo(Math.rint(-0.7 / dOut) * dOut, within(1e-6));
    IoPeriphery noisy = periphery(io.withOutRes(-1), 2, 9);
    int reps = 4000;
    double sumSq = 0;
    for (int k = 0; k < reps; k++) {
      noisy.readColumn(col, 2, out);
      sumSq += (out[0] - 0.3) * (out[0] - 0.3);
    }
    // std 0.06 in weight units; 5 standard errors, false failure < 1e-6
    assertThat(Math.sqrt(sumSq / reps)).isCloseTo(0.06, within(5 * 0.06 / Math.sqrt(2.0 * reps)));
  }
}
