package io.github.rider.device.rng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockNoise}'s ziggurat normals are standard normal, its blocks are independent streams,
 * and the checks reject deliberately broken samplers.
 *
 * <p>Each check of {@link #departures} has false-failure probability at most 1e-6 for a correct
 * sampler (mean, variance: |z| &gt; 5; tails: binomial |z| &gt; 5; chi-square of 200 bins
 * at its 1 - 1e-6 quantile; Kolmogorov-Smirnov at D sqrt(n) &gt; 2.7, p about 1e-6), so the
 * whole test fails by chance with probability below 1e-5; the seeds are fixed, so it is
 * deterministic in CI.
 */
class BlockNoiseTest {

  private static final int N = 1_000_000;
  private static final NormalDistribution PHI = new NormalDistribution(0, 1);

  /** Names of the checks a sample of n draws fails (empty: looks standard normal). */
  static List<String> departures(DoubleSupplier sampler, int n) {
    double[] x = new double[n];
    double sum = 0;
    double sum2 = 0;
    for (int k = 0; k < n; k++) {
      x[k] = sampler.getAsDouble();
      sum += x[k];
      sum2 += x[k] * x[k];
    }
    List<String> failed = new ArrayList<>();
    double mean = sum / n;
    double var = sum2 / n - mean * mean;
    if (Math.abs(mean) * Math.sqrt(n) > 5) {
      failed.add("mean " + mean);
    }
    if (Math.abs(var - 1) / Math.sqrt(2.0 / n) > 5) { // Var of the sample variance 2/n
      failed.add("variance " + var);
    }
    // tails beyond the ziggurat's base layer r = 3.4426 and beyond 4 (only the tail method
    // reaches them): binomial counts
    for (double t : new double[] {Ziggurat.R, 4.0}) {
      long c = Arrays.stream(x).filter(v -> Math.abs(v) > t).count();
      double p = 2 * PHI.cumulativeProbability(-t);
      if (Math.abs(c - n * p) / Math.sqrt(n * p * (1 - p)) > 5) {
        failed.add("tail |x| > " + t + ": " + c + " against " + n * p);
      }
    }
    // chi-square over 200 equiprobable bins of the normal
    int bins = 200;
    long[] counts = new long[bins];
    for (double v : x) {
      counts[Math.min(bins - 1, (int) (PHI.cumulativeProbability(v) * bins))]++;
    }
    double e = (double) n / bins;
    double chi2 = 0;
    for (long c : counts) {
      chi2 += (c - e) * (c - e) / e;
    }
    double crit = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(1 - 1e-6);
    if (chi2 > crit) {
      failed.add("chi-square " + chi2 + " > " + crit);
    }
    Arrays.sort(x);
    double d = 0;
    for (int k = 0; k < n; k++) {
      double f = PHI.cumulativeProbability(x[k]);
      d = Math.max(d, Math.max(f - (double) k / n, (k + 1.0) / n - f));
    }
    if (d * Math.sqrt(n) > 2.7) {
      failed.add("Kolmogorov-Smirnov D sqrt(n) " + d * Math.sqrt(n));
    }
    return failed;
  }

  @Test
  void gaussiansOfOneBlockAreStandardNormal() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(20261129), "c2c", 3);
    assertThat(departures(() -> noise.gaussian(1), N)).isEmpty();
  }

  @Test
  void gaussiansTakenRoundRobinOverBlocksAreStandardNormal() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(7), "c2c", 64);
    int[] b = {0};
    assertThat(departures(() -> noise.gaussian(b[0]++ & 63), N)).isEmpty();
  }

  @Test
  void brokenSamplersAreRejected() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(11), "c2c", 1);
    // no rejection: every word's h w_i accepted (wedges filled, tail cut at r)
    DoubleSupplier noRejection = () -> {
      long bits = noise.nextLong(0);
      return (bits >> Ziggurat.SHIFT) * Ziggurat.W[(int) bits & Ziggurat.LAYER_MASK];
    };
    // the tail beyond r replaced by r itself
    DoubleSupplier noTail = () -> {
      double v = noise.gaussian(0);
      return Math.abs(v) > Ziggurat.R ? Math.copySign(Ziggurat.R, v) : v;
    };
    // standard deviation 1.01
    DoubleSupplier wide = () -> 1.01 * noise.gaussian(0);
    // layer index and abscissa from overlapping bits (Marsaglia and Tsang's 32-bit RNOR flaw)
    DoubleSupplier sharedBits = () -> {
      long bits = noise.nextLong(0);
      long h = bits >> Ziggurat.SHIFT;
      int i = (int) h & Ziggurat.LAYER_MASK;
      return Math.abs(h) < Ziggurat.K[i] ? h * Ziggurat.W[i] : noise.gaussian(0);
    };
    assertThat(departures(noRejection, N)).isNotEmpty();
    assertThat(departures(noTail, N)).isNotEmpty();
    assertThat(departures(wide, N)).isNotEmpty();
    assertThat(departures(sharedBits, N)).isNotEmpty();
  }

  @Test
  void aBlocksSequenceDoesNotDependOnOtherBlocksDraws() {
    RandomStreams streams = RandomStreams.of(3);
    BlockNoise alone = BlockNoise.of(streams, "c2c", 4);
    BlockNoise interleaved = BlockNoise.of(streams, "c2c", 4);
    double[] a = new double[1000];
    for (int k = 0; k < a.length; k++) {
      a[k] = alone.gaussian(2);
    }
    for (int k = 0; k < a.length; k++) {
      interleaved.gaussian(k % 2 == 0 ? 0 : 3);
      interleaved.nextLong(1);
      assertThat(interleaved.gaussian(2)).isEqualTo(a[k]);
    }
  }

  @Test
  void bulkGaussiansEqualSingleDrawsIncludingTheSlowPath() {
    BlockNoise bulk = BlockNoise.of(RandomStreams.of(4), "c2c", 2);
    BlockNoise single = BlockNoise.of(RandomStreams.of(4), "c2c", 2);
    double[] out = new double[5000]; // about 60 words miss the fast path
    for (int round = 0; round < 3; round++) {
      bulk.gaussians(1, out, round == 1 ? 777 : out.length);
      for (int k = 0; k < (round == 1 ? 777 : out.length); k++) {
        assertThat(out[k]).isEqualTo(single.gaussian(1));
      }
    }
    assertThat(bulk.nextLong(1)).isEqualTo(single.nextLong(1));
    assertThat(bulk.nextLong(0)).isEqualTo(single.nextLong(0));
  }

  @Test
  void blocksAndNamesStartFromDistinctStates() {
    RandomStreams streams = RandomStreams.of(5);
    BlockNoise c2c = BlockNoise.of(streams, "c2c", 1000);
    BlockNoise write = BlockNoise.of(streams, "write-noise", 1000);
    long[] first = new long[2000];
    for (int b = 0; b < 1000; b++) {
      first[b] = c2c.nextLong(b);
      first[1000 + b] = write.nextLong(b);
    }
    assertThat(Arrays.stream(first).distinct().count()).isEqualTo(2000);
    assertThat(BlockNoise.of(RandomStreams.of(5), "c2c", 1).nextLong(0)).isEqualTo(first[0]);
  }

  @Test
  void uniformsAreInTheOpenUnitInterval() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(9), "u", 1);
    double lo = 1;
    double hi = 0;
    double sum = 0;
    for (int k = 0; k < N; k++) {
      double u = noise.nextOpenUniform(0);
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      sum += u;
    }
    assertThat(lo).isGreaterThan(0);
    assertThat(hi).isLessThan(1);
    // mean of N uniforms: sd sqrt(1/12 N); |z| > 5 has probability 6e-7
    assertThat(Math.abs(sum / N - 0.5)).isLessThan(5 * Math.sqrt(1.0 / (12.0 * N)));
  }
}
