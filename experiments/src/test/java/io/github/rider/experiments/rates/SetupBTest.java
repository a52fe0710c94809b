package io.github.rider.experiments.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.SyntheticRunFactory;
import io.github.rider.algorithms.SyntheticRunSpec;
import io.github.rider.algorithms.TrainingResult;
import io.github.rider.theory.Theorem3_7RiderConvergence;
import org.junit.jupiter.api.Test;

/** Setup B lies inside Theorem 3.7's assumptions; weak curvature (as in setup A) does not. */
class SetupBTest {

  @Test
  void theDefaultSatisfiesEveryAssumptionAtTheRatesRunnersLengths() {
    for (long seed = 1; seed <= 3; seed++) {
      for (long k : new long[] {2_000, 40_000, 100_000}) {
        SyntheticRunSpec spec = SetupB.DEFAULT.spec("rider", seed, k);
        assertThat(SetupB.DEFAULT.violations(spec)).as("seed %d, K %d", seed, k).isEmpty();
        // the steps are the prescription for K: alpha = min(1/sqrt(K), alpha_max)
        assertThat(spec.lr()).isLessThanOrEqualTo(1 / Math.sqrt(k));
        assertThat(SetupB.DEFAULT.objective(spec).constants().strongConvexity()).isEqualTo(200);
      }
    }
  }

  @Test
  void weakCurvatureViolatesTheCStarCondition() {
    SetupB weak = new SetupB(2, 1, 0.5, 10, 0.5);
    SyntheticRunSpec spec = weak.spec("rider", 1, 40_000);
    assertThat(Theorem3_7RiderConvergence.cStarFeasible(weak.problem(), weak.device(spec)))
        .isFalse();
    assertThat(weak.violations(spec)).anyMatch(v -> v.contains("sqrt(mu)"));
  }

  @Test
  void riderReachesTheOptimumThere() {
    SyntheticRunSpec spec = SetupB.DEFAULT.spec("rider", 2, 40_000).withStride(40_000);
    TrainingResult r = SyntheticRunFactory.run(spec, SetupB.DEFAULT.objective(spec));
    double initial = r.history().get(0).distSq();
    assertThat(r.finalMetrics().distSq()).isLessThan(0.01 * initial);
  }
}
