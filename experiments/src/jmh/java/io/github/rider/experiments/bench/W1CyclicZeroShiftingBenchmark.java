package io.github.rider.experiments.bench;

import io.github.rider.device.Parallelism;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1 (BENCHMARKS.md): cyclic zero-shifting on a side x side array of AIHWKit-default SoftBounds
 * devices with device-to-device variation (dtod 0.3) and cycle-to-cycle noise (0.3,
 * multiplicative): every step fires one pulse on every device, alternately up and down. JMH's
 * ops/s is element-pulses/s, the unit of AIHWKit's figure in BENCHMARKS.md.
 *
 * <p>{@link #W1CyclicZs} runs the invocation's sweeps as one zero-shifting call ({@link
 * DeviceArray#applyAlternatingPulses}, block by block, as {@code ZeroShifting} does);
 * {@link #W1CyclicZsSweepBySweep} one {@link DeviceArray#applyPulses(int[])} per sweep (the same
 * result, bit for bit, without blocking).
 *
 * <p>{@link #W1GaussianFloor} is the floor the goal compares with: a bare loop that draws one
 * Gaussian per element per pulse from the same generator as the devices ({@link BlockNoise}, blocks
 * of 1024) and adds it into an array of the same size; {@link #W1GaussianFloorJdk} the same with
 * JDK 17's {@code L64X128MixRandom.nextGaussian()}, the JDK's sampler, for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class W1CyclicZeroShiftingBenchmark {

  /** Array side (side x side devices); a power of two up to 1024. */
  @Param({"128", "512"})
  public int side;

  /** Threads the work is split over ({@link Parallelism#ofThreads}; results do not depend on it). */
  @Param({"1"})
  public int threads;

  private DeviceArray devices;
  private int[] up;
  private int[] down;
  private int sweeps;
  private boolean nextUp;
  private RandomGenerator gauss;
  private BlockNoise blockGauss;
  private double[] floor;

  @Setup
  public void setUp() {
    int n = side * side;
    sweeps = ElementPulses.sweeps(side);
    RandomStreams streams = RandomStreams.of(1);
    devices = DeviceArray.create(SoftBoundsSpec.DEFAULTS, n, DeviceArray.DEFAULT_BLOCK_SIZE,
        streams, Parallelism.ofThreads(threads));
    up = new int[n];
    down = new int[n];
    Arrays.fill(up, 1);
    Arrays.fill(down, -1);
    nextUp = true;
    gauss = streams.stream(RandomStreams.CYCLE_TO_CYCLE);
    blockGauss = BlockNoise.of(streams, RandomStreams.CYCLE_TO_CYCLE,
        n / DeviceArray.DEFAULT_BLOCK_SIZE);
    floor = new double[n];
  }

  /** W1: side^2 x sweeps element-pulses of cyclic ZS, one zero-shifting call. */
  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public DeviceArray W1CyclicZs() {
    devices.applyAlternatingPulses(sweeps, nextUp ? 1 : -1);
    if (sweeps % 2 == 1) {
      nextUp = !nextUp;
    }
    return devices;
  }

  /** W1 without blocking: one whole-array sweep per call. */
  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public DeviceArray W1CyclicZsSweepBySweep() {
    for (int s = 0; s < sweeps; s++) {
      devices.applyPulses(nextUp ? up : down);
      nextUp = !nextUp;
    }
    return devices;
  }

  /** The floor: one Gaussian per element per pulse, nothing else. */
  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public double[] W1GaussianFloor() {
    double[] f = floor;
    BlockNoise r = blockGauss;
    int bs = DeviceArray.DEFAULT_BLOCK_SIZE;
    for (int s = 0; s < sweeps; s++) {
      for (int b = 0, from = 0; from < f.length; b++, from += bs) {
        for (int i = from; i < from + bs; i++) {
          f[i] += 1e-9 * r.gaussian(b);
        }
      }
    }
    return f;
  }

  /** The floor with JDK 17's L64X128MixRandom.nextGaussian(), for comparison. */
  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public double[] W1GaussianFloorJdk() {
    double[] f = floor;
    RandomGenerator r = gauss;
    for (int s = 0; s < sweeps; s++) {
      for (int i = 0; i < f.length; i++) {
        f[i] += 1e-9 * r.nextGaussian();
      }
    }
    return f;
  }
}
