package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * MaxPool2d picks, in every window, the first (row-major) maximum, or the first NaN: checked
 * against the plain scan on inputs full of ties, NaNs, signed zeros and infinities.
 */
class MaxPool2dTest {

  private static final double[] VALUES = {-1, 0, -0.0, 0.5, 1, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  @Test
  void forwardAndBackwardFollowTheFirstMaximumOrFirstNaN() {
    RandomGenerator rng = RandomStreams.of(7).stream(RandomStreams.INIT);
    for (int size = 1; size <= 3; size++) {
      int channels = 3;
      int height = 4 * size + 1; // a remainder row and column that are dropped
      int width = 3 * size + 2;
      MaxPool2d pool = new MaxPool2d(channels, height, width, size);
      for (int trial = 0; trial < 200; trial++) {
        double[] x = new double[pool.inputSize()];
        for (int k = 0; k < x.length; k++) {
          x[k] = VALUES[rng.nextInt(VALUES.length)];
        }
        double[] dy = new double[pool.outputSize()];
        for (int k = 0; k < dy.length; k++) {
          dy[k] = k + 1;
        }
        double[] y = new double[pool.outputSize()];
        double[] dx = new double[pool.inputSize()];
        pool.forward(x, y);
        pool.backward(x, y, dy, dx);
        double[] yRef = new double[y.length];
        double[] dxRef = new double[dx.length];
        int o = 0;
        for (int c = 0; c < channels; c++) {
          for (int oy = 0; oy < height / size; oy++) {
            for (int ox = 0; ox < width / size; ox++) {
              int k = plainArgmax(x, c, oy, ox, size, height, width);
              yRef[o] = x[k];
              dxRef[k] += dy[o++];
            }
          }
        }
        for (int k = 0; k < y.length; k++) {
          assertThat(Double.doubleToRawLongBits(y[k])).as("y[%d], size %d", k, size)
              .isEqualTo(Double.doubleToRawLongBits(yRef[k]));
        }
        assertThat(dx).containsExactly(dxRef);
      }
    }
  }

  /** The first element that is NaN or larger than all before it, row-major. */
  private static int plainArgmax(double[] x, int c, int oy, int ox, int size, int height,
      int width) {
    int best = -1;
    for (int dy = 0; dy < size; dy++) {
      for (int dx = 0; dx < size; dx++) {
        int k = (c * height + oy * size + dy) * width + ox * size + dx;
        if (Double.isNaN(x[k])) {
          return k;
        }
        if (best < 0 || x[k] > x[best]) {
          best = k;
        }
      }
    }
    return best;
  }
}
