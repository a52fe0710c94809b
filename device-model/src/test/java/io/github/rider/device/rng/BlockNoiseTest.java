package io.github.rider.device.rng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockNoise}'s ziggurat normals are standard normal by {@link NormalSamplerChecks}
 * (false-failure probability below 1e-5 per sample; fixed seeds, so deterministic in CI), its
 * blocks are independent streams, and the checks reject samplers broken in the ziggurat's own
 * ways.
 */
class BlockNoiseTest {

  private static final int N = 1_000_000;

  @Test
  void gaussiansOfOneBlockAreStandardNormal() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(20261129), "c2c", 3);
    assertThat(NormalSamplerChecks.departures(() -> noise.gaussian(1), N)).isEmpty();
  }

  @Test
  void gaussiansTakenRoundRobinOverBlocksAreStandardNormal() {
    BlockNoise noise = BlockNoise.of(RandomStreams.of(7), "c2c", 64);
    int[] b = {0};
    assertThat(NormalSamplerChecks.departures(() -> noise.gaussian(b[0]++ & 63), N)).isEmpty();
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
    assertThat(NormalSamplerChecks.departures(noRejection, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(noTail, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(wide, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(sharedBits, N)).isNotEmpty();
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
