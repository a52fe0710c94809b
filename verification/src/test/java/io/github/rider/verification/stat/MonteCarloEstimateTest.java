package io.github.rider.verification.stat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MonteCarloEstimateTest {

  @Test
  void meanStdAndBoundsOfAKnownSample() {
    MonteCarloEstimate e = new MonteCarloEstimate(new double[] {1, 2, 3, 4});
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.std()).isCloseTo(Math.sqrt(5.0 / 3.0), org.assertj.core.data.Offset.offset(1e-15));
    assertThat(e.median()).isEqualTo(2.5);
    // t_{3, 0.95} = 2.353363 (tables): upper bound 2.5 + 2.353363 * sqrt(5/3)/2
    assertThat(e.upperBound(0.05))
        .isCloseTo(2.5 + 2.353363 * Math.sqrt(5.0 / 3.0) / 2, org.assertj.core.data.Offset.offset(1e-5));
  }

  /**
   * Coverage: over 400 seeded experiments of 30 standard normals each, the one-sided 5 % upper
   * bound misses the true mean 0 in about 5 % of them. Binomial(400, 0.05) has mean 20 and
   * sd 4.36; the check accepts [4, 40] misses, which a correct bound violates with probability
   * below 1e-4 (the t bound is exact for normal data). A bound that forgets the t quantile
   * (z = 0, i.e. the mean itself) misses about 50 % of the time and fails.
   */
  @Test
  void upperBoundHasItsStatedCoverage() {
    RandomStreams streams = RandomStreams.of(20261128L);
    int misses = 0;
    int missesWithoutMargin = 0;
    for (int k = 0; k < 400; k++) {
      RandomGenerator g = streams.stream("coverage", k);
      MonteCarloEstimate e = MonteCarloEstimate.of(30, i -> g.nextGaussian());
      if (e.upperBound(0.05) < 0) {
        misses++;
      }
      if (e.mean() < 0) {
        missesWithoutMargin++;
      }
    }
    assertThat(misses).isBetween(4, 40);
    assertThat(missesWithoutMargin).isGreaterThan(40);
  }
}
