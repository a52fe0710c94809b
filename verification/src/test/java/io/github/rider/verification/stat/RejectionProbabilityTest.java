package io.github.rider.verification.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RejectionProbabilityTest {

  @Test
  void valuesComputedIndependently() {
    // scipy.stats: beta.ppf(1e-3, 11, 14) = 0.17070; 1 - binom.cdf(0, 24, p) = 0.98880
    RejectionProbability r = new RejectionProbability(11, 24, 0.999);
    assertThat(r.perTryLowerBound()).isCloseTo(0.1706995, within(1e-6));
    assertThat(r.perRunLowerBound(24, 0)).isCloseTo(0.9888034, within(1e-6));
    // 110 of 240: p_lo = 0.35918; P(Bin(24, p) > 4) = 0.96536
    RejectionProbability s = new RejectionProbability(110, 240, 0.999);
    assertThat(s.perTryLowerBound()).isCloseTo(0.3591768, within(1e-6));
    assertThat(s.perRunLowerBound(24, 4)).isCloseTo(0.9653573, within(1e-6));
    // every try failing: p_lo = 1e-3^(1/N)
    assertThat(new RejectionProbability(240, 240, 0.999).perTryLowerBound())
        .isCloseTo(Math.pow(1e-3, 1.0 / 240), within(1e-9));
  }

  @Test
  void missProbabilityKeepsItsPrecisionFarBelowMachineEpsilon() {
    // 24 of 24 failing, a run of 24 accepting none misses only if all pass: (1 - p_lo)^24 ~ 3.6e-15
    double p = Math.pow(1e-3, 1.0 / 24);
    double miss = new RejectionProbability(24, 24, 0.999).perRunMissUpperBound(24, 0);
    assertThat(miss).isCloseTo(Math.pow(1 - p, 24), within(1e-9 * Math.pow(1 - p, 24)));
    assertThat(miss).isBetween(1e-15, 1e-14);
  }

  @Test
  void edgeCases() {
    assertThat(new RejectionProbability(0, 100, 0.999).perRunLowerBound(24, 0)).isZero();
    assertThat(new RejectionProbability(5, 5, 0.999).perRunLowerBound(3, 3)).isZero();
    assertThat(new RejectionProbability(0, 100, 0.999).perRunMissUpperBound(24, 0)).isEqualTo(1);
    assertThatThrownBy(() -> new RejectionProbability(3, 2, 0.999)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RejectionProbability(1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
