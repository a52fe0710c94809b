package io.github.rider.verification.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialAcceptanceTest {

  @Test
  void quantileIsTheSmallestKWithTailBelowTheLevel() {
    // 500 trials at 1 %: P(X > 11) = 0.0054..., P(X > 12) = 0.0020... (commons-math3 cdf), so at a
    // suite level of 1e-2 the limit is 11, at 5e-3 it is 12.
    BinomialDistribution b = new BinomialDistribution(null, 500, 0.01);
    BinomialAcceptance a = new BinomialAcceptance(500, 0.01, 1e-2);
    int k = a.maxFailures();
    assertThat(1 - b.cumulativeProbability(k)).isLessThanOrEqualTo(1e-2);
    assertThat(1 - b.cumulativeProbability(k - 1)).isGreaterThan(1e-2);
    assertThat(k).isEqualTo(11);
    assertThat(new BinomialAcceptance(500, 0.01, 5e-3).maxFailures()).isEqualTo(12);
  }

  @Test
  void zeroPerTrialFailureAcceptsNoFailure() {
    BinomialAcceptance a = new BinomialAcceptance(10, 0, 1e-3);
    assertThat(a.accepts(0)).isTrue();
    assertThat(a.accepts(1)).isFalse();
    assertThat(a.describe(1)).contains("1 of 10").contains("false-failure probability");
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new BinomialAcceptance(0, 0.1, 0.01)).hasMessageContaining("trials");
    assertThatThrownBy(() -> new BinomialAcceptance(5, Double.NaN, 0.01))
        .hasMessageContaining("perTrialFailure");
    assertThatThrownBy(() -> new BinomialAcceptance(5, 0.1, 0)).hasMessageContaining("falseFailure");
  }
}
