package io.github.rider.verification.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FalseFailureBoundTest {

  @Test
  void noneOnTheWrongSideGivesTheRuleOfThreeStyleBound() {
    // 0 of 1200: p_hi = 1 - 1e-3^(1/1200) = 5.74e-3; a run of 1 try accepting 0 fails with prob. p_hi
    FalseFailureBound b = new FalseFailureBound(0, 1200, 0.999);
    double p = 1 - Math.pow(1e-3, 1.0 / 1200);
    assertThat(b.perTryUpperBound()).isCloseTo(p, within(1e-12));
    assertThat(b.perRunUpperBound(1, 0)).isCloseTo(p, within(1e-12));
    // every one of 3 tries on the wrong side: p_hi^3, far below 1e-16
    assertThat(b.perRunUpperBound(3, 2)).isCloseTo(p * p * p, within(1e-9 * p * p * p));
  }

  @Test
  void valuesComputedIndependently() {
    // scipy.stats: beta.ppf(0.999, 4, 237) = 0.0532976; binom.sf(12, 24, p) = 4.0025e-11
    FalseFailureBound b = new FalseFailureBound(3, 240, 0.999);
    assertThat(b.perTryUpperBound()).isCloseTo(0.0532976, within(1e-6));
    assertThat(b.perRunUpperBound(24, 12)).isCloseTo(4.0025e-11, within(1e-14));
  }

  @Test
  void edgeCases() {
    assertThat(new FalseFailureBound(5, 5, 0.999).perRunUpperBound(3, 0)).isEqualTo(1);
    assertThat(new FalseFailureBound(0, 5, 0.999).perRunUpperBound(3, 3)).isZero();
    assertThatThrownBy(() -> new FalseFailureBound(3, 2, 0.999)).isInstanceOf(IllegalArgumentException.class);
  }
}
