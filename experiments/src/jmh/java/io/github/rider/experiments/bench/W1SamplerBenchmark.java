package io.github.rider.experiments.bench;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.response.AffineResponse;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
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
 * W1's kernel with its normals from a candidate sampler: a copy of the blocked, vectorised
 * zero-shifting sweep of {@link DeviceArray#applyAlternatingPulses} (affine devices, multiplicative
 * noise, all steps of a block of 1024 devices while it is in cache, the block's normals drawn in
 * bulk before each step) over W1's array, with one sampler per block. {@code sampler}: {@code
 * rider} ({@link BlockNoise}, the devices' own; the copy runs somewhat slower than {@code
 * W1CyclicZs}, so samplers are compared within it),
 * {@code zig-xoshiro256pp} and {@code zig-l64x128} (Apache Commons RNG's {@code
 * ZigguratSampler.NormalizedGaussian} over {@code XO_SHI_RO_256_PP} resp. {@code L64_X128_MIX},
 * seeded per block from the same {@link RandomStreams}). Element-pulses/s, like W1. Production
 * keeps its stream; this only measures what a switch would buy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class W1SamplerBenchmark {

  private static final int BLOCK = DeviceArray.DEFAULT_BLOCK_SIZE;

  /** Array side (side x side devices); a power of two, side^2 a multiple of 1024. */
  @Param({"512"})
  public int side;

  /** The normals' source: rider, zig-xoshiro256pp, zig-l64x128. */
  @Param({"rider", "zig-xoshiro256pp", "zig-l64x128"})
  public String sampler;

  private int sweeps;
  private boolean nextUp;
  private double dwMin;
  private double std;
  private double[] g;
  private double[] p0;
  private double[] p1;
  private double[] bMax;
  private double[] m0;
  private double[] m1;
  private double[] bMin;
  private BlockNoise blockNoise;
  private ZigguratSampler.NormalizedGaussian[] zig;
  private final double[] xi = new double[BLOCK];
  private final double[] bg = new double[BLOCK];
  private final double[] bp0 = new double[BLOCK];
  private final double[] bp1 = new double[BLOCK];
  private final double[] bHi = new double[BLOCK];
  private final double[] bm0 = new double[BLOCK];
  private final double[] bm1 = new double[BLOCK];
  private final double[] bLo = new double[BLOCK];

  @Setup
  public void setUp() {
    int n = side * side;
    sweeps = ElementPulses.sweeps(side);
    RandomStreams streams = RandomStreams.of(1);
    DeviceArray devices = DeviceArray.create(SoftBoundsSpec.DEFAULTS, n, streams);
    dwMin = devices.dwMin();
    std = devices.pulseRule().dwMinStd();
    g = new double[n];
    p0 = new double[n];
    p1 = new double[n];
    bMax = new double[n];
    m0 = new double[n];
    m1 = new double[n];
    bMin = new double[n];
    for (int i = 0; i < n; i++) {
      AffineResponse q = (AffineResponse) devices.physicalResponse(i);
      g[i] = devices.persistent(i) + devices.reference(i);
      p0[i] = q.p0();
      p1[i] = q.p1();
      bMax[i] = q.wMax();
      m0[i] = q.m0();
      m1[i] = q.m1();
      bMin[i] = q.wMin();
    }
    int blocks = n / BLOCK;
    blockNoise = BlockNoise.of(streams, RandomStreams.CYCLE_TO_CYCLE, blocks);
    RandomSource source = switch (sampler) {
      case "rider" -> null;
      case "zig-xoshiro256pp" -> RandomSource.XO_SHI_RO_256_PP;
      case "zig-l64x128" -> RandomSource.L64_X128_MIX;
      default -> throw new IllegalArgumentException("unknown sampler " + sampler);
    };
    if (source != null) {
      zig = new ZigguratSampler.NormalizedGaussian[blocks];
      for (int b = 0; b < blocks; b++) {
        UniformRandomProvider u = source.create(streams.seed(RandomStreams.CYCLE_TO_CYCLE, b));
        zig[b] = ZigguratSampler.NormalizedGaussian.of(u);
      }
    }
    nextUp = true;
  }

  private void normals(int b) {
    if (zig == null) {
      blockNoise.gaussians(b, xi, BLOCK);
    } else {
      ZigguratSampler.NormalizedGaussian s = zig[b];
      for (int k = 0; k < BLOCK; k++) {
        xi[k] = s.sample();
      }
    }
  }

  /**
   * W1's blocked sweeps, side^2 x sweeps element-pulses, normals from {@link #sampler}. As in
   * production, a block is copied into arrays indexed from 0 for its sweeps (the JIT vectorises
   * the sweep only when every array is read at the same index).
   */
  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public double[] W1Sampler() {
    for (int b = 0, from = 0; from < g.length; b++, from += BLOCK) {
      System.arraycopy(g, from, bg, 0, BLOCK);
      System.arraycopy(p0, from, bp0, 0, BLOCK);
      System.arraycopy(p1, from, bp1, 0, BLOCK);
      System.arraycopy(bMax, from, bHi, 0, BLOCK);
      System.arraycopy(m0, from, bm0, 0, BLOCK);
      System.arraycopy(m1, from, bm1, 0, BLOCK);
      System.arraycopy(bMin, from, bLo, 0, BLOCK);
      boolean up = nextUp;
      for (int t = 0; t < sweeps; t++, up = !up) {
        normals(b);
        double[] c0 = up ? bp0 : bm0;
        double[] c1 = up ? bp1 : bm1;
        double signedDwMin = up ? dwMin : -dwMin;
        double sd = std;
        for (int m = 0; m < BLOCK; m++) {
          double gi = bg[m];
          double q = c0[m] + c1[m] * gi;
          double x = gi + signedDwMin * (q * (1 + sd * xi[m]));
          bg[m] = Math.max(bLo[m], Math.min(bHi[m], x));
        }
      }
      System.arraycopy(bg, 0, g, from, BLOCK);
    }
    if (sweeps % 2 == 1) {
      nextUp = !nextUp;
    }
    return g;
  }
}
