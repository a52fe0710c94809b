package io.github.rider.experiments.bench;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;

/**
 * W2's inputs: a pool of {@link #POOL} samples x ~ U[0, 1] (cols) and d ~ N(0, 0.01^2) (rows) from
 * the {@link RandomStreams#DATA} stream, cycled; lr {@link #LR}.
 */
final class W2Samples {

  static final int POOL = 256;
  static final double LR = 0.01;

  final double[][] xs;
  final double[][] ds;
  private int next;

  W2Samples(int rows, int cols, RandomStreams streams) {
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    xs = new double[POOL][cols];
    ds = new double[POOL][rows];
    for (int s = 0; s < POOL; s++) {
      for (int j = 0; j < cols; j++) {
        xs[s][j] = data.nextDouble();
      }
      for (int i = 0; i < rows; i++) {
        ds[s][i] = 0.01 * data.nextGaussian();
      }
    }
  }

  /** The index of the next sample in the pool. */
  int next() {
    int s = next;
    next = (s + 1) % POOL;
    return s;
  }
}
