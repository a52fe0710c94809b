package io.github.rider.experiments.bench;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.TileConfig;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tile forward y = W x and backward z = W^T d of a rows x cols SoftBounds tile through the I/O
 * periphery: the paper's Table 6 I/O ({@code TileConfig.PAPER}: quantisation, noise, noise and
 * bound management) or perfect I/O (the bare matrix-vector product). Average time per sample.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TileForwardBackwardBenchmark {

  /** Tile shape rows x cols (d_size x x_size). */
  @Param({"256x784"})
  public String shape;

  /** I/O: "paper" (Table 6) or "perfect". */
  @Param({"paper", "perfect"})
  public String io;

  /** Threads the work is split over ({@link Parallelism#ofThreads}; results do not depend on it). */
  @Param({"1"})
  public int threads;

  private AnalogTile tile;
  private double[] x;
  private double[] y;
  private double[] d;
  private double[] z;

  @Setup
  public void setUp() {
    int[] rc = Shapes.parse(shape);
    TileConfig config = switch (io) {
      case "paper" -> TileConfig.PAPER;
      case "perfect" -> TileConfig.PERFECT_IO;
      default -> throw new IllegalArgumentException("io must be paper or perfect, was " + io);
    };
    RandomStreams streams = RandomStreams.of(1);
    tile = AnalogTile.create(rc[0], rc[1], SoftBoundsSpec.DEFAULTS,
        config.withParallelism(Parallelism.ofThreads(threads)), streams);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] w = new double[rc[0] * rc[1]];
    for (int k = 0; k < w.length; k++) {
      w[k] = 0.1 * data.nextGaussian();
    }
    tile.setWeights(w);
    x = new double[rc[1]];
    z = new double[rc[1]];
    d = new double[rc[0]];
    y = new double[rc[0]];
    for (int j = 0; j < x.length; j++) {
      x[j] = data.nextDouble();
    }
    for (int i = 0; i < d.length; i++) {
      d[i] = 0.01 * data.nextGaussian();
    }
  }

  @Benchmark
  public double[] tileForward() {
    tile.forward(x, y);
    return y;
  }

  @Benchmark
  public double[] tileBackward() {
    tile.backward(d, z);
    return z;
  }
}
