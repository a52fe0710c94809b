package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The predecessor papers' bounds (Wu et al. 2024 Theorems 2 and 4, Wu et al. 2025 Theorems 2 and 3,
 * Corollary 1) at hand-computed values where no constant is 1, so that a factor applied to the
 * wrong term, a multiplication turned into a division, or a condition's boundary moved changes the
 * result; and each condition at exact equality.
 */
class PredecessorNonUnitConstantsTest {

  private static final double REL = 1e-12;

  @Test
  void wu2024SaturationTermWithTauTwo() {
    // ||W||_inf = 0.5, tau = 2: r = 0.25/4 = 0.0625, r/(1 - r) = 0.0625/0.9375 = 1/15
    assertThat(Wu2024AnalogSgd.saturationTerm(new double[] {0.5}, 2)).isCloseTo(1.0 / 15, within(REL));
    // W_max = 1.5, tau = 2: r = 2.25/4 = 0.5625, r/(1 - r) = 0.5625/0.4375 = 9/7
    assertThat(Wu2024AnalogSgd.saturationTermUpperBound(1.5, 2)).isCloseTo(9.0 / 7, within(REL));
  }

  @Test
  void wu2024Theorem2StepSizeAtItsLimit() {
    // gap 1, sigma 1, L 4, K 4: alpha = sqrt(1/16) = 0.25 = 1/L exactly, accepted (<=)
    assertThat(Wu2024AnalogSgd.theorem2StepSize(1, 1, 4, 4)).isEqualTo(0.25);
    // K 1: alpha = 0.5 > 1/L = 0.25
    assertThatThrownBy(() -> Wu2024AnalogSgd.theorem2StepSize(1, 1, 4, 1)).hasMessageContaining("was 0.5 > 0.25");
  }

  @Test
  void wu2024TikiTaka() {
    // 41 L^2 tau^4 D/(c^2 sigma^2) = 41 * 4 * 0.0625 * 3 / (0.25 * 4) = 30.75
    assertThat(Wu2024AnalogSgd.tikiTakaPMaxSquared(2, 0.5, 3, 0.5, 2)).isCloseTo(30.75, within(30.75 * REL));
    assertThatThrownBy(() -> Wu2024AnalogSgd.tikiTakaPMaxSquared(2, 0.5, 0, 0.5, 2)).hasMessageContaining("dimension");
    // 33 P^2/tau^2: 33 * 0.01/4 = 0.0825 < 1; 33 * 0.04/0.25 = 5.28 > 1; exactly 1 at P^2 = 33, tau = 33
    assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(0.01, 2)).isTrue();
    assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(0.04, 0.5)).isFalse();
    assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(33, 33)).isFalse();
    // 33 * 0.01/0.25 = 1.32 (tau < 1: dividing by tau^2 enlarges)
    assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(0.01, 0.5)).isFalse();
    // c sqrt(gap sigma^2 L/K)/(1 - 33 P^2/tau^2) = 3 * sqrt(2 * 0.25 * 2/100) / 0.9175 = 0.3/0.9175
    assertThat(Wu2024AnalogSgd.tikiTakaBound(2, 0.5, 2, 100, 0.01, 2, 3)).isCloseTo(0.3 / 0.9175, within(REL));
    assertThatThrownBy(() -> Wu2024AnalogSgd.tikiTakaBound(2, 0.5, 2, 100, 0.5, 2, 3)).hasMessageContaining("was 4.125");
  }

  @Test
  void wu2025Theorem2() {
    // 16 F_max^2 sqrt(gap sigma^2 L/K) + 8 F_max sigma^2 S_K = 16 * 9 * 0.1 + 8 * 3 * 0.25 * 0.2 = 14.4 + 1.2
    assertThat(Wu2025ConvergenceBounds.theorem2Bound(2, 0.5, 2, 100, 3, 0.2)).isCloseTo(15.6, within(15.6 * REL));
    // (1/F_max) sqrt(gap/(sigma^2 L K)) = sqrt(2/(0.25 * 2 * 1e4))/3 = 0.02/3
    assertThat(Wu2025ConvergenceBounds.theorem2StepSize(2, 0.5, 2, 10_000, 3)).isCloseTo(0.02 / 3, within(REL));
    // at K = 100: 0.2/3 > 1/(4 * 2 * 3) = 1/24
    assertThatThrownBy(() -> Wu2025ConvergenceBounds.theorem2StepSize(2, 0.5, 2, 100, 3))
        .hasMessageContaining("= " + 1.0 / 24).hasMessageContaining("was " + 0.2 / 3);
    // exactly at the limit: gap 1, sigma 1, L 1, K 16, F_max 1: alpha = 0.25 = 1/(4 L F_max), accepted
    assertThat(Wu2025ConvergenceBounds.theorem2StepSize(1, 1, 1, 16, 1)).isEqualTo(0.25);
    assertThatThrownBy(() -> Wu2025ConvergenceBounds.gOverSqrtFInfNormSquared(new double[] {0.1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wu2025Theorem3() {
    // c F_max^2 sqrt(...) + 24 F_max sigma^2 S_K^RL = 2 * 9 * 0.1 + 24 * 3 * 0.25 * 0.2 = 1.8 + 3.6
    assertThat(Wu2025ConvergenceBounds.theorem3Bound(2, 0.5, 2, 100, 3, 0.2, 2)).isCloseTo(5.4, within(5.4 * REL));
    // alpha mu gamma^{3/2} sqrt(minR R_min)/(16 sqrt 2 F_max^3) = 0.1 * 2 * 8 * 0.5/(16 sqrt 2 * 8)
    assertThat(Wu2025ConvergenceBounds.theorem3Beta(0.1, 2, 4, 0.5, 0.5, 2))
        .isCloseTo(0.8 / (128 * Math.sqrt(2)), within(REL));
  }

  @Test
  void wu2025Corollary1AtItsThreshold() {
    // threshold c R_min^{-1/5} = 3 at R_min = 1, c = 3: gamma = 3 satisfies gamma >= 3
    assertThat(Wu2025ConvergenceBounds.corollary1GammaThreshold(1, 3)).isEqualTo(3);
    assertThat(Wu2025ConvergenceBounds.corollary1Holds(3, 1, 3)).isTrue();
  }

  /**
   * Wu 2025 Theorem 4's Theta(dw^2) term: BL (BL - 1)/2 dw_min^2 q q'; against three pulses of the
   * linear response q(w) = 2 - 3 w iterated by hand.
   */
  @Test
  void wu2025Theorem4CurvatureTerm() {
    // BL = 3, dw_min = 0.1, q = 1.5, q' = -2: 3 * 0.01 * 1.5 * (-2) = -0.09
    assertThat(Wu2025PulseUpdateError.curvatureTerm(3, 0.1, 1.5, -2)).isCloseTo(-0.09, within(REL));
    assertThat(Wu2025PulseUpdateError.curvatureTerm(1, 0.1, 1.5, -2)).isZero();
    // w = 0.1, q = 2 - 3w: 0.1 -> 0.1 + 0.01 * 1.7 = 0.117 -> 0.117 + 0.01 * 1.649 = 0.13349
    // -> 0.13349 + 0.01 * 1.59953 = 0.1494853; U = 0.1 + 0.03 * 1.7 = 0.151; residual -0.0015147;
    // leading term 3 * 1e-4 * 1.7 * (-3) = -0.00153 (the rest is O(dw^3))
    double w = 0.1;
    for (int n = 0; n < 3; n++) {
      w += 0.01 * (2 - 3 * w);
    }
    assertThat(w - 0.151).isCloseTo(-0.0015147, within(1e-12));
    assertThat(Wu2025PulseUpdateError.curvatureTerm(3, 0.01, 1.7, -3)).isCloseTo(-0.00153, within(REL));
  }
}
