package io.github.rider.algorithms.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/** Properties specific to each synthetic problem. */
class SyntheticProblemsTest {

  @Test
  void quadraticHasTheRequestedConditionNumber() {
    var q = StronglyConvexQuadratic.of(6, 0.5, 40, 0.2, 1, RandomStreams.of(1).stream("q"));
    assertThat(q.constants().kappa1()).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(q.constants().strongConvexity()).isEqualTo(0.5);
    assertThat(q.constants().sigma()).isEqualTo(0.2);
  }

  @Test
  void plantedLeastSquaresKeepsItsOptimumUnderLabelNoise() {
    // label noise is projected out of range(A): W* stays exact, but the rows have residuals,
    // so minibatch noise at W* is nonzero (sigma exceeds the additive noise alone)
    var ls = LeastSquares.planted(8, 100, 0.2, 0.5, 5, 0.0, RandomStreams.of(2).stream("ls"));
    double[] g = new double[8];
    ls.gradient(ls.optimum(), g);
    assertThat(Math.sqrt(Vectors.normSquared(g))).isLessThan(1e-12);
    assertThat(ls.constants().sigma()).isGreaterThan(0.05);
    assertThat(ls.optimalValue()).isGreaterThan(0.01);
    var exact = LeastSquares.planted(8, 100, 0.2, 0, 5, 0.0, RandomStreams.of(2).stream("ls"));
    assertThat(exact.constants().sigma()).isLessThan(1e-12);
  }

  @Test
  void logisticOptimumIsFoundToNewtonPrecision() {
    var lr = LogisticRegression.synthetic(10, 300, 2.0, 1e-3, 8, 0,
        RandomStreams.of(3).stream("lr"));
    double[] g = new double[10];
    lr.gradient(lr.optimum(), g);
    assertThat(Math.sqrt(Vectors.normSquared(g)))
        .isLessThan(LogisticRegression.GRADIENT_TOLERANCE);
    assertThat(lr.constants().strongConvexity()).isEqualTo(1e-3);
  }

  @Test
  void sameGeneratorSeedGivesTheSameInstance() {
    var a = LeastSquares.planted(4, 20, 1, 0.1, 2, 0.1, RandomStreams.of(9).stream("x"));
    var b = LeastSquares.planted(4, 20, 1, 0.1, 2, 0.1, RandomStreams.of(9).stream("x"));
    assertThat(a.optimum()).isEqualTo(b.optimum());
    assertThat(a.constants()).isEqualTo(b.constants());
  }

  @Test
  void badParametersAreRejectedWithTheirName() {
    var rng = RandomStreams.of(1).stream("x");
    assertThatThrownBy(() -> LeastSquares.planted(5, 3, 1, 0, 1, 0, rng))
        .hasMessageContaining("rows");
    assertThatThrownBy(() -> StronglyConvexQuadratic.of(3, 1, 0.5, 0, 1, rng))
        .hasMessageContaining("kappa");
    assertThatThrownBy(() -> LogisticRegression.synthetic(3, 10, 1, 0, 1, 0, rng))
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> new ObjectiveConstants(1, Double.NaN, 0))
        .hasMessageContaining("mu");
  }
}
