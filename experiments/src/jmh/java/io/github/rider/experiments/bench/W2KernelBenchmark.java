package io.github.rider.experiments.bench;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.tile.UpdateParameters;
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
 * W2 with its device loop replaced by a prototype (BENCHMARKS.md, "W2 in place"): the same tile,
 * samples and pulse trains as {@link W2PulsedUpdateBenchmark} (the trains from {@link W2Trains}, a
 * copy of production's), the rows' pulses applied by a {@link W2Rows} kernel. {@code kernel} is
 * {@code production} (the tile's own update, W2 itself) or {@code layout:sampler}, layout one of
 * {@code soa} (production's, copied), {@code record}, {@code soa-float}, {@code record-float},
 * sampler one of {@code rider}, {@code zig-xoshiro256pp}, {@code zig-l64x128} ({@link
 * W2Rows#normals}). {@code soa:rider} and {@code record:rider} compute production's numbers bit for
 * bit; {@link W2KernelCheck} checks every kernel. Production keeps its kernel; this only measures
 * what a change would buy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class W2KernelBenchmark {

  /** Tile shape rows x cols. */
  @Param({"256x784"})
  public String shape;

  /** {@code production} or {@code layout:sampler}. */
  @Param({"production", "soa:rider", "record:rider", "soa-float:rider", "record-float:rider",
      "soa:zig-xoshiro256pp", "soa:zig-l64x128", "record-float:zig-xoshiro256pp"})
  public String kernel;

  /** The noise source's name for the prototypes (another name: an independent rider stream). */
  public String noiseName = RandomStreams.CYCLE_TO_CYCLE;

  private AnalogTile tile;
  private W2Trains trains;
  private W2Rows rows;
  private W2Samples samples;

  @Setup
  public void setUp() {
    int[] rc = Shapes.parse(shape);
    RandomStreams streams = RandomStreams.of(1);
    tile = AnalogTile.create(rc[0], rc[1], SoftBoundsSpec.DEFAULTS, TileConfig.PERFECT_IO,
        streams);
    samples = new W2Samples(rc[0], rc[1], streams);
    if (!kernel.equals("production")) {
      String[] ls = kernel.split(":", 2);
      rows = W2Rows.of(ls[0], tile.devices(), rc[1],
          W2Rows.normals(ls[1], streams, noiseName, rc[0]));
      trains = new W2Trains(rc[0], rc[1], streams.stream(RandomStreams.PULSE_TRAIN));
    }
  }

  /** One sample's pulsed update; returns the pulses fired. */
  @Benchmark
  public long W2Kernel() {
    int s = samples.next();
    double[] x = samples.xs[s];
    double[] d = samples.ds[s];
    if (rows == null) {
      return tile.update(x, d, W2Samples.LR);
    }
    return trains.apply(rows, tile.granularity(), x, d, W2Samples.LR, UpdateParameters.DEFAULTS);
  }

  /** g - r of every device after the updates so far. */
  double[] persistent() {
    double[] out = new double[tile.devices().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows == null ? tile.devices().persistent(i) : rows.persistent(i);
    }
    return out;
  }
}
