package io.github.rider.algorithms.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every synthetic objective must meet: gradient = derivative of value, W* is a
 * stationary point and a minimiser, stochastic gradients are unbiased with noise level sigma at W*,
 * and mu, L bound the curvature.
 */
class ObjectiveContractTest {

  static Stream<Objective> objectives() {
    RandomStreams s = RandomStreams.of(11);
    return Stream.of(
        LeastSquares.planted(5, 60, 0.3, 0.5, 4, 0.1, s.stream("ls")),
        StronglyConvexQuadratic.of(5, 0.5, 20, 0.3, 0.3, s.stream("quad")),
        LogisticRegression.synthetic(5, 80, 1.0, 0.05, 4, 0.1, s.stream("logistic")));
  }

  private static double[] randomPoint(Objective o, RandomGenerator rng) {
    double[] w = o.optimum();
    for (int i = 0; i < w.length; i++) {
      w[i] += 0.5 * rng.nextGaussian();
    }
    return w;
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void gradientMatchesCentralDifferences(Objective o) {
    RandomGenerator rng = RandomStreams.of(1).stream("point");
    double[] w = randomPoint(o, rng);
    double[] g = new double[w.length];
    o.gradient(w, g);
    double h = 1e-5;
    for (int d = 0; d < w.length; d++) {
      double[] a = w.clone();
      double[] b = w.clone();
      a[d] += h;
      b[d] -= h;
      double fd = (o.value(a) - o.value(b)) / (2 * h);
      // central difference error O(h^2 f''') ~ 1e-10 plus rounding 1e-16/h ~ 1e-11
      assertThat(g[d]).as("dim %d", d).isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-8));
    }
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void optimumIsStationaryAndMinimal(Objective o) {
    double[] wStar = o.optimum();
    double[] g = new double[wStar.length];
    o.gradient(wStar, g);
    assertThat(Math.sqrt(Vectors.normSquared(g))).isLessThan(1e-12);
    RandomGenerator rng = RandomStreams.of(2).stream("point");
    for (int t = 0; t < 20; t++) {
      assertThat(o.value(randomPoint(o, rng))).isGreaterThan(o.optimalValue());
    }
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void curvatureLiesBetweenMuAndL(Objective o) {
    // strong convexity and smoothness: mu ||v||^2 <= <grad f(w+v) - grad f(w), v> <= L ||v||^2
    RandomGenerator rng = RandomStreams.of(3).stream("point");
    ObjectiveConstants c = o.constants();
    double[] ga = new double[o.dimension()];
    double[] gb = new double[o.dimension()];
    for (int t = 0; t < 50; t++) {
      double[] w = randomPoint(o, rng);
      double[] v = Vectors.gaussian(w.length, 0.3, rng);
      double[] wv = w.clone();
      for (int i = 0; i < w.length; i++) {
        wv[i] += v[i];
      }
      o.gradient(w, ga);
      o.gradient(wv, gb);
      double s = 0;
      for (int i = 0; i < w.length; i++) {
        s += (gb[i] - ga[i]) * v[i];
      }
      double r = s / Vectors.normSquared(v);
      assertThat(r).isBetween(c.strongConvexity() * (1 - 1e-9), c.smoothness() * (1 + 1e-9));
    }
  }

  /**
   * Unbiasedness and sigma at W*: M = 40 000 samples; each coordinate mean within 5 standard
   * errors of the full gradient (false-failure probability &lt; 15 x 6e-7), and the mean squared
   * deviation within 5 % of sigma^2 (its relative standard error is below 1 % here).
   */
  @ParameterizedTest
  @MethodSource("objectives")
  void stochasticGradientIsUnbiasedWithNoiseSigmaAtOptimum(Objective o) {
    RandomGenerator rng = RandomStreams.of(4).stream(RandomStreams.GRADIENT_NOISE);
    int m = 40_000;
    for (double[] w : List.of(o.optimum(), randomPoint(o, RandomStreams.of(5).stream("p")))) {
      double[] full = new double[w.length];
      o.gradient(w, full);
      double[] sum = new double[w.length];
      double[] sumSq = new double[w.length];
      double dev = 0;
      double[] g = new double[w.length];
      for (int t = 0; t < m; t++) {
        o.stochasticGradient(w, rng, g);
        for (int i = 0; i < w.length; i++) {
          double e = g[i] - full[i];
          sum[i] += e;
          sumSq[i] += e * e;
          dev += e * e;
        }
      }
      for (int i = 0; i < w.length; i++) {
        double se = Math.sqrt(sumSq[i] / m / m);
        assertThat(Math.abs(sum[i] / m)).isLessThan(5 * se);
      }
      if (Vectors.distanceSquared(w, o.optimum()) == 0) {
        double sigma = o.constants().sigma();
        assertThat(dev / m).isCloseTo(sigma * sigma,
            org.assertj.core.data.Percentage.withPercentage(5));
      }
    }
  }
}
