package io.github.rider.experiments.bench;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.TileConfig;
import java.util.concurrent.TimeUnit;
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
 * W2 (BENCHMARKS.md): one rank-1 pulsed update W &larr; W - lr d x^T of a rows x cols tile of
 * AIHWKit-default SoftBounds devices, stochastic compressed pulse trains, BL 31, update
 * management on ({@code UpdateParameters.DEFAULTS}), lr 0.01, x ~ U[0, 1], d ~ N(0, 0.01^2)
 * ({@link W2Samples}: a pool of 256 pre-drawn samples, cycled). Average time per sample, the
 * unit of AIHWKit's figure in BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class W2PulsedUpdateBenchmark {

  /** Tile shape rows x cols (d_size x x_size). */
  @Param({"32x64", "256x784"})
  public String shape;

  /** Threads the work is split over ({@link Parallelism#ofThreads}; results do not depend on it). */
  @Param({"1"})
  public int threads;

  private AnalogTile tile;
  private W2Samples samples;

  @Setup
  public void setUp() {
    int[] rc = Shapes.parse(shape);
    RandomStreams streams = RandomStreams.of(1);
    tile = AnalogTile.create(rc[0], rc[1], SoftBoundsSpec.DEFAULTS,
        TileConfig.PERFECT_IO.withParallelism(Parallelism.ofThreads(threads)), streams);
    samples = new W2Samples(rc[0], rc[1], streams);
  }

  /** W2: one sample's pulsed update; returns the pulses fired. */
  @Benchmark
  public long W2PulsedUpdate() {
    int s = samples.next();
    return tile.update(samples.xs[s], samples.ds[s], W2Samples.LR);
  }
}
