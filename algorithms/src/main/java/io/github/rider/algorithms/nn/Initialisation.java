package io.github.rider.algorithms.nn;

import java.util.random.RandomGenerator;

/**
 * PyTorch's default initialisation of {@code nn.Linear} and {@code nn.Conv2d} (kaiming-uniform
 * with a = sqrt(5) for the weights, which is U(-1/sqrt(fan_in), 1/sqrt(fan_in)), and the same
 * range for the bias), as AIHWKit's analog layers use before programming the tile.
 */
final class Initialisation {
  private Initialisation() {}

  /** Programs every entry of {@code m} (bias column included) uniform on ±1/sqrt(fanIn). */
  static void uniformFanIn(TrainableMatrix m, int fanIn, RandomGenerator rng) {
    double bound = 1 / Math.sqrt(fanIn);
    double[] w = new double[m.rows() * m.cols()];
    for (int k = 0; k < w.length; k++) {
      w[k] = bound * (2 * rng.nextDouble() - 1);
    }
    m.setWeights(w);
  }
}
