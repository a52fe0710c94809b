package io.github.rider.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LogLogFitTest {

  @Test
  void recoversAnExactPowerLaw() {
    double[] x = {1e-4, 1e-3, 1e-2, 1e-1};
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 4.6 / x[i];
    }
    LogLogFit f = LogLogFit.fit(x, y);
    assertThat(f.slope()).isCloseTo(-1, within(1e-12));
    assertThat(f.intercept()).isCloseTo(Math.log10(4.6), within(1e-12));
    assertThat(f.n()).isEqualTo(4);
  }

  @Test
  void intervalCoversTheTrueSlopeAtItsNominalRate() {
    // 200 noisy fits of y = x^-1 * exp(0.2 xi), 6 points: the 95 % interval misses -1 in about
    // 10 of them (Binomial(200, 0.05)); P(more than 20 misses) < 1e-3.
    RandomGenerator rng = RandomStreams.of(11).stream("loglog");
    double[] x = {5e-3, 2e-3, 1e-3, 5e-4, 2e-4, 1e-4};
    int misses = 0;
    int missesOfWrongSlope = 0;
    for (int rep = 0; rep < 200; rep++) {
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = Math.exp(0.2 * rng.nextGaussian()) / x[i];
      }
      LogLogFit f = LogLogFit.fit(x, y);
      misses += f.intervalContains(-1) ? 0 : 1;
      missesOfWrongSlope += f.intervalContains(-0.7) ? 0 : 1;
    }
    assertThat(misses).isLessThanOrEqualTo(20);
    assertThat(missesOfWrongSlope).isGreaterThan(150); // a wrong slope is rejected
  }

  @Test
  void skipsPointsALogCannotTakeAndNeedsThreeForAnInterval() {
    LogLogFit f = LogLogFit.fit(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 0});
    assertThat(f.n()).isEqualTo(1);
    assertThat(f.slope()).isNaN();
    LogLogFit two = LogLogFit.fit(new double[] {1, 10}, new double[] {1, 10});
    assertThat(two.slope()).isCloseTo(1, within(1e-12));
    assertThat(two.intervalContains(1)).isFalse(); // undefined interval contains nothing
  }
}
