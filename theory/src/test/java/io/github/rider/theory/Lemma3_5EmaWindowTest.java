package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The window of Lemma 3.5 on seeded random vectors. The properties are deterministic consequences
 * of the identity, so no draw may fail them: the false-failure probability is 0 (the seed only
 * picks the examples; rounding is kept away by skipping draws within 1e-9 of a window end).
 */
class Lemma3_5EmaWindowTest {

  private static final long SEED = 20260224L;
  private static final int DRAWS = 2_000;
  /** Margin from a window end below which a draw is skipped (rounding of ~10 operations is ~1e-15). */
  private static final double MARGIN = 1e-9;

  @Test
  void identityMatchesTheDirectDistance() {
    RandomGenerator rng = LinearDeviceFixture.random(SEED);
    for (int i = 0; i < DRAWS; i++) {
      int n = 1 + rng.nextInt(8);
      double[] p = gaussian(rng, n);
      double[] q = gaussian(rng, n);
      double[] sp = gaussian(rng, n);
      double eta = rng.nextDouble(1e-6, 1);
      double direct = Lemma3_5EmaWindow.distanceSquared(Lemma3_5EmaWindow.emaStep(q, p, eta), sp);
      assertThat(Lemma3_5EmaWindow.distanceSquaredIdentity(p, q, sp, eta))
          .isCloseTo(direct, within(1e-12 * (1 + direct)));
    }
  }

  @Test
  void insideTheWindowQIsCloserBelowItIsNot() {
    RandomGenerator rng = LinearDeviceFixture.random(SEED + 1);
    int inside = 0;
    int below = 0;
    for (int i = 0; i < DRAWS; i++) {
      int n = 1 + rng.nextInt(8);
      double[] p = gaussian(rng, n);
      double[] q = gaussian(rng, n);
      double[] sp = gaussian(rng, n);
      double lower = Lemma3_5EmaWindow.etaLowerBound(p, q, sp);
      double pDist = Lemma3_5EmaWindow.distanceSquared(p, sp);
      if (lower < 1 - 2 * MARGIN) {
        double eta = rng.nextDouble(lower + MARGIN, 1 - MARGIN);
        assertThat(Lemma3_5EmaWindow.inWindow(eta, p, q, sp)).isTrue();
        assertThat(Lemma3_5EmaWindow.distanceSquared(Lemma3_5EmaWindow.emaStep(q, p, eta), sp))
            .isLessThan(pDist);
        inside++;
      }
      if (lower > 2 * MARGIN) { // every eta in (0, min(lower, 1)) is below the window
        double eta = rng.nextDouble(MARGIN, Math.min(lower, 1) - MARGIN);
        assertThat(Lemma3_5EmaWindow.distanceSquared(Lemma3_5EmaWindow.emaStep(q, p, eta), sp))
            .isGreaterThan(pDist);
        below++;
      }
    }
    // both cases must actually have been exercised
    assertThat(inside).isGreaterThan(DRAWS / 4);
    assertThat(below).isGreaterThan(DRAWS / 4);
  }

  @Test
  void windowIsEmptyIffCosThetaIsNotPositive() {
    double[] sp = {0, 0};
    double[] p = {1, 0};
    assertThat(Lemma3_5EmaWindow.cosTheta(p, new double[] {2, 0}, sp)).isEqualTo(-1);
    assertThat(Lemma3_5EmaWindow.etaLowerBound(p, new double[] {2, 0}, sp)).isGreaterThanOrEqualTo(1);
    assertThat(Lemma3_5EmaWindow.etaLowerBound(p, new double[] {1, 1}, sp)).isEqualTo(1); // cos = 0
    // Q_k on the far side of the SP: 1 - 2 * 1 * 1/2 = 0, every eta in (0, 1) works
    assertThat(Lemma3_5EmaWindow.etaLowerBound(p, new double[] {-1, 0}, sp)).isZero();
    // hand value: P = (1,0), Q = (0.5,0): 1 - 2 * 1 * 1/0.5 < 0 -> 0
    assertThat(Lemma3_5EmaWindow.etaLowerBound(p, new double[] {0.5, 0}, sp)).isZero();
    // P = (1,0), Q = (0.2, 1): <P, P - Q> = 0.8, ||P - Q||^2 = 0.64 + 1 = 1.64 -> 1 - 1.6/1.64
    assertThat(Lemma3_5EmaWindow.etaLowerBound(p, new double[] {0.2, 1}, sp))
        .isCloseTo(1 - 1.6 / 1.64, within(1e-15));
  }

  @Test
  void rejectsDegenerateInputs() {
    double[] a = {1, 2};
    assertThatThrownBy(() -> Lemma3_5EmaWindow.etaLowerBound(a, a, new double[] {0, 0}))
        .hasMessageContaining("P != Q");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.etaLowerBound(a, new double[] {0, 0}, a))
        .hasMessageContaining("P != W*");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.etaLowerBound(a, new double[] {0}, a))
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.emaStep(a, a, 0)).hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.emaStep(a, new double[] {Double.NaN, 0}, 0.5))
        .hasMessageContaining("P[0]");
  }

  // P = (1.5, 0), Q = (-0.5, -2), W* = 0: P - Q = (2, 2), <P - W*, P - Q> = 3, ||P - Q||^2 = 8,
  // ||P - W*||^2 = 2.25, so the window's lower end is 1 - 2 * 3/8 = 0.25 exactly.
  private static final double[] P = {1.5, 0};
  private static final double[] Q = {-0.5, -2};
  private static final double[] SP = {0, 0};

  @Test
  void windowOfANonUnitExampleByHand() {
    assertThat(Lemma3_5EmaWindow.etaLowerBound(P, Q, SP)).isEqualTo(0.25);
    // cos(theta) = 3 / (1.5 * sqrt(8)) = 1/sqrt(2)
    assertThat(Lemma3_5EmaWindow.cosTheta(P, Q, SP)).isCloseTo(Math.sqrt(0.5), within(1e-15));
    // the window (0.25, 1) is open at both ends
    assertThat(Lemma3_5EmaWindow.inWindow(0.25, P, Q, SP)).isFalse();
    assertThat(Lemma3_5EmaWindow.inWindow(Math.nextUp(0.25), P, Q, SP)).isTrue();
    assertThat(Lemma3_5EmaWindow.inWindow(Math.nextDown(1.0), P, Q, SP)).isTrue();
    assertThat(Lemma3_5EmaWindow.inWindow(1, P, Q, SP)).isFalse();
    assertThatThrownBy(() -> Lemma3_5EmaWindow.inWindow(Double.NaN, P, Q, SP)).hasMessageContaining("eta");
  }

  @Test
  void emaStepAndIdentityByHand() {
    // (1 - 0.25) Q + 0.25 P = (-0.375 + 0.375, -1.5)
    assertThat(Lemma3_5EmaWindow.emaStep(Q, P, 0.25)).containsExactly(0, -1.5);
    assertThat(Lemma3_5EmaWindow.emaStep(Q, P, 1)).containsExactly(P);
    // eta = 1/2: Q_{k+1} = (0.5, -1), distance^2 1.25 = 2.25 + 0.25 * 8 - 2 * 0.5 * 1.5 * sqrt(8) / sqrt(2)
    assertThat(Lemma3_5EmaWindow.distanceSquaredIdentity(P, Q, SP, 0.5)).isCloseTo(1.25, within(1e-14));
    // eta = 1: Q_{k+1} = P
    assertThat(Lemma3_5EmaWindow.distanceSquaredIdentity(P, Q, SP, 1)).isEqualTo(2.25);
    assertThat(Lemma3_5EmaWindow.distanceSquared(new double[] {1, 2}, new double[] {4, 6})).isEqualTo(25);
  }

  @Test
  void rejectsInputsOutsideTheLemma() {
    assertThatThrownBy(() -> Lemma3_5EmaWindow.distanceSquaredIdentity(P, Q, SP, 0)).hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.distanceSquaredIdentity(P, Q, SP, Math.nextUp(1.0)))
        .hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.cosTheta(P, P, SP)).hasMessageContaining("P != Q");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.cosTheta(P, Q, new double[] {0, Double.NaN}))
        .hasMessageContaining("SP[1]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.cosTheta(P, new double[] {0, Double.NaN}, SP))
        .hasMessageContaining("Q[1]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.cosTheta(new double[] {Double.NaN, 0}, Q, SP))
        .hasMessageContaining("P[0]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.emaStep(new double[] {Double.POSITIVE_INFINITY, 0}, P, 0.5))
        .hasMessageContaining("Q[0]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.emaStep(Q, new double[] {1}, 0.5)).hasMessageContaining("same length");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.distanceSquared(new double[] {Double.NaN}, new double[] {1}))
        .hasMessageContaining("a[0]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.distanceSquared(new double[] {1}, new double[] {Double.NaN}))
        .hasMessageContaining("b[0]");
    assertThatThrownBy(() -> Lemma3_5EmaWindow.distanceSquared(new double[] {1}, new double[] {1, 2}))
        .hasMessageContaining("same length");
  }

  private static double[] gaussian(RandomGenerator rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.nextGaussian();
    }
    return v;
  }
}
