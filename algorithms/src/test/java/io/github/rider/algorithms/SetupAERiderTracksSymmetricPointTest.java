package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Setup A" of docs/algorithms.md §6 (strong asymmetry, weak curvature; least squares D = 10, ALD P
 * with tau = 1 and SP ~ N(0.3, 0.1^2), alpha = 0.05, beta = 0.005, eta = 0.01, gamma = 0.5, p =
 * 0.05, K = 40 000, mean-field): residual learning, which assumes SP 0, stalls far from W*; E-RIDER
 * reaches W* without knowing the SP and its Q converges to P's SP; RIDER (p = 0, outside Theorem
 * 3.7's assumptions here) lands in between.
 *
 * <p>Thresholds and false failures: the seeds are fixed, so the test is deterministic. The
 * thresholds were set from the claims, with margin checked on 30 other seeds (100-129): there
 * E-RIDER's ||W - W*||^2 ranged 0.011-0.080 (threshold 0.15), its ||Q - SP||^2 0.009-0.046
 * (threshold 0.1, against an SP energy ||SP||^2 of about 1), residual learning's ||W - W*||^2
 * 0.55-1.75 (threshold 0.4), RIDER's 0.08-0.54. No seed of 30 came within a factor 1.3 of any
 * threshold, so with random seeds a failure would be rarer than about 1 in 30 per predicate.
 */
class SetupAERiderTracksSymmetricPointTest {

  private static final long[] SEEDS = {1, 2, 3, 4, 5};
  static final double TRACKED_DIST = 0.15;
  static final double TRACKED_Q_SP = 0.1;
  static final double STALLED_DIST = 0.4;

  private static final java.util.Map<String, TrainingResult> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Factory run of setup A, computed once per (algorithm, seed) for the whole class. */
  static TrainingResult setupA(String algorithm, long seed) {
    return CACHE.computeIfAbsent(algorithm + "/" + seed,
        k -> SyntheticRunFactory.run(SyntheticRunSpec.setupA(algorithm, seed)));
  }

  /** The claim for E-RIDER: W near W* and Q near P's SP. */
  static boolean tracks(TrainingResult r) {
    return r.finalMetrics().distSq() <= TRACKED_DIST
        && r.finalMetrics().qMinusSpSq() <= TRACKED_Q_SP;
  }

  @Test
  void eriderReachesTheOptimumAndItsQTheSymmetricPointWhereResidualLearningStalls() {
    for (long seed : SEEDS) {
      TrainingResult residual = setupA("residual", seed);
      TrainingResult erider = setupA("erider", seed);
      assertThat(residual.finalMetrics().distSq()).as("residual, seed %d", seed)
          .isGreaterThan(STALLED_DIST);
      assertThat(tracks(erider)).as("E-RIDER tracks, seed %d: %s", seed, erider.finalMetrics())
          .isTrue();
      assertThat(erider.finalMetrics().distSq()).as("seed %d", seed)
          .isLessThan(residual.finalMetrics().distSq() / 4);
    }
  }

  @Test
  void riderLandsBelowResidualLearning() {
    for (long seed : SEEDS) {
      double residual = setupA("residual", seed).finalMetrics().distSq();
      double rider =
          setupA("rider", seed).finalMetrics().distSq();
      assertThat(rider).as("seed %d", seed).isLessThan(0.7 * residual);
    }
  }

  /** Broken E-RIDER, no EMA (eta = 0): Q stays at Q_0 = 0, and the predicate rejects it. */
  @Test
  void eriderWithoutEmaFailsThePredicate() {
    for (long seed : SEEDS) {
      SyntheticRunSpec spec = SyntheticRunSpec.setupA("erider", seed);
      TrainingResult broken = Runs.erider(spec.withSteps(spec.lr(), spec.beta(), 0, spec.gamma()),
          ERiderOptions.defaults(), e -> {});
      assertThat(tracks(broken)).as("seed %d: %s", seed, broken.finalMetrics()).isFalse();
    }
  }

  /** Broken E-RIDER, W updated with P instead of P - Q: the predicate rejects it. */
  @Test
  void eriderTransferringPInsteadOfTheResidualFailsThePredicate() {
    for (long seed : SEEDS) {
      TrainingResult broken = Runs.erider(SyntheticRunSpec.setupA("erider", seed),
          ERiderOptions.defaults(),
          e -> e.mutate(ResidualTrainer.Mutation.TRANSFER_P_NOT_RESIDUAL));
      assertThat(tracks(broken)).as("seed %d: %s", seed, broken.finalMetrics()).isFalse();
    }
  }

  /** Broken RIDER (eta = 0, or P instead of P - Q) is not below residual learning. */
  @Test
  void brokenRiderIsNotBelowResidualLearning() {
    for (long seed : SEEDS) {
      SyntheticRunSpec spec = SyntheticRunSpec.setupA("rider", seed);
      double residual = setupA("residual", seed).finalMetrics().distSq();
      double noEma = Runs.rider(spec.withSteps(spec.lr(), spec.beta(), 0, spec.gamma()), r -> {})
          .finalMetrics().distSq();
      double transferP = Runs.rider(spec,
          r -> r.mutate(ResidualTrainer.Mutation.TRANSFER_P_NOT_RESIDUAL)).finalMetrics()
          .distSq();
      assertThat(noEma).as("eta = 0, seed %d", seed).isGreaterThanOrEqualTo(0.7 * residual);
      assertThat(transferP).as("P not P - Q, seed %d", seed)
          .isGreaterThanOrEqualTo(0.7 * residual);
    }
  }

  /**
   * [I] choice of (18b): without the chopper sign on the transfer term E-RIDER no longer reaches
   * W* (the residual P - Q changes sign with c_k), which is why {@link ERiderOptions#defaults()}
   * chops the transfer. Checked on the mean over the seeds.
   */
  @Test
  void unchoppedTransferIsWorseThanTheDefault() {
    double[] chopped = new double[SEEDS.length];
    double[] unchopped = new double[SEEDS.length];
    for (int i = 0; i < SEEDS.length; i++) {
      SyntheticRunSpec spec = SyntheticRunSpec.setupA("erider", SEEDS[i]);
      chopped[i] = setupA("erider", SEEDS[i]).finalMetrics().distSq();
      unchopped[i] = Runs.erider(spec, ERiderOptions.defaults().withChopTransfer(false), e -> {})
          .finalMetrics().distSq();
    }
    assertThat(Runs.mean(unchopped)).isGreaterThan(3 * Runs.mean(chopped));
  }
}
