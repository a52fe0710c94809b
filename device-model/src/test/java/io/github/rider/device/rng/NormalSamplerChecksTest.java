package io.github.rider.device.rng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * {@link NormalSamplerChecks} passes the samplers a switch of the devices' noise could choose
 * between (rider's {@link BlockNoise}, Apache Commons RNG 1.7's {@code
 * ZigguratSampler.NormalizedGaussian} over XoShiRo256++ and L64X128Mix, the JDK's {@code
 * nextGaussian}) and rejects deliberately broken ones made from a good sampler: standard deviation
 * 1.01, mean 0.01, the tails beyond 4 cut back to 4, no tails beyond 4 (redrawn), and a sum of
 * twelve uniforms (Irwin-Hall: light tails). Fixed
 * seeds; a correct sampler fails by chance with probability below 1e-5 (see the checks).
 */
class NormalSamplerChecksTest {

  private static final int N = 1_000_000;

  private static DoubleSupplier commons(RandomSource source, long seed) {
    ZigguratSampler.NormalizedGaussian s = ZigguratSampler.NormalizedGaussian.of(
        source.create(seed));
    return s::sample;
  }

  @Test
  void candidateSamplersPass() {
    BlockNoise rider = BlockNoise.of(RandomStreams.of(12), RandomStreams.CYCLE_TO_CYCLE, 1);
    assertThat(NormalSamplerChecks.departures(() -> rider.gaussian(0), N)).isEmpty();
    assertThat(NormalSamplerChecks.departures(commons(RandomSource.XO_SHI_RO_256_PP, 13), N))
        .isEmpty();
    assertThat(NormalSamplerChecks.departures(commons(RandomSource.L64_X128_MIX, 14), N))
        .isEmpty();
    RandomGenerator jdk = RandomGeneratorFactory.of("L64X128MixRandom").create(15);
    assertThat(NormalSamplerChecks.departures(jdk::nextGaussian, N)).isEmpty();
  }

  @Test
  void brokenSamplersAreRejected() {
    DoubleSupplier good = commons(RandomSource.XO_SHI_RO_256_PP, 21);
    SplittableRandom u = new SplittableRandom(22);
    DoubleSupplier wide = () -> 1.01 * good.getAsDouble();
    DoubleSupplier shifted = () -> 0.01 + good.getAsDouble();
    DoubleSupplier tailsCut = () -> {
      double v = good.getAsDouble();
      return Math.abs(v) > 4 ? Math.copySign(4, v) : v;
    };
    DoubleSupplier noTails = () -> {
      double v = good.getAsDouble();
      while (Math.abs(v) > 4) {
        v = good.getAsDouble();
      }
      return v;
    };
    DoubleSupplier irwinHall = () -> {
      double s = -6;
      for (int k = 0; k < 12; k++) {
        s += u.nextDouble();
      }
      return s;
    };
    assertThat(NormalSamplerChecks.departures(wide, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(shifted, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(tailsCut, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(noTails, N)).isNotEmpty();
    assertThat(NormalSamplerChecks.departures(irwinHall, N)).isNotEmpty();
  }
}
