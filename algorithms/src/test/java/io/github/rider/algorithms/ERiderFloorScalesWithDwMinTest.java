package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Theorem 3.7 / Li et al. 2025: the error floor of the analog algorithms is Theta(dw_min). To see
 * it, remove every other noise source: least squares with exact labels and no additive gradient
 * noise (digital SGD converges to W* to machine precision), mean-field arrays with discretisation
 * noise b (Var b = |dW| dw_min) on, setup A otherwise (SP ~ N(0.3, 0.1^2)). E-RIDER's
 * ||W_K - W*||^2 must stay below 2 dw_min and fall by at least 5x per tenfold smaller dw_min
 * (linear scaling would give 10x).
 *
 * <p>Deterministic (seeds 1-3, averaged). Observed means: 1.0 dw_min at dw_min = 1e-2, 0.16 at
 * 1e-3, 0.05 at 1e-4 (in units of dw_min), i.e. faster than linear.
 */
class ERiderFloorScalesWithDwMinTest {

  private static double meanDist(String algorithm, double dwMin) {
    double[] d = new double[3];
    for (int seed = 1; seed <= 3; seed++) {
      SyntheticRunSpec spec = new SyntheticRunSpec(algorithm, "least-squares", 10, "ald", "ald",
          "mean-field", 0.3, 0.1, 1.0, dwMin, true, 40_000, 10_000, 0, 0.05, 0.005, 0.01, 0.5,
          0.05, 0.0, seed);
      d[seed - 1] = SyntheticRunFactory.run(spec).finalMetrics().distSq();
    }
    return Runs.mean(d);
  }

  @Test
  void eriderFloorIsOrderDwMin() {
    double previous = Double.POSITIVE_INFINITY;
    for (double dw : new double[] {1e-2, 1e-3, 1e-4}) {
      double d = meanDist("erider", dw);
      assertThat(d).as("dw_min = %s", dw).isLessThan(2 * dw);
      assertThat(d).as("dw_min = %s", dw).isLessThan(previous / 5);
      previous = d;
    }
  }

  /**
   * Without gradient noise even residual learning reaches the floor (the SP bias of the analog
   * update is proportional to E|g|, eq. 4, which vanishes at W*); what the floor predicate
   * rejects is a broken E-RIDER that transfers P instead of P - Q.
   */
  @Test
  void brokenERiderMissesTheFloor() {
    SyntheticRunSpec spec = new SyntheticRunSpec("erider", "least-squares", 10, "ald", "ald",
        "mean-field", 0.3, 0.1, 1.0, 1e-3, true, 40_000, 10_000, 0, 0.05, 0.005, 0.01, 0.5, 0.05,
        0.0, 1);
    TrainingResult broken = Runs.erider(spec, ERiderOptions.defaults(),
        e -> e.mutate(ResidualTrainer.Mutation.TRANSFER_P_NOT_RESIDUAL));
    assertThat(broken.finalMetrics().distSq()).isGreaterThan(2 * 1e-3);
  }
}
