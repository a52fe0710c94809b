package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts are read back from the verdicts that {@link Verdicts#describe} writes. */
class TryCountsTest {

  private static PropertyResult withVerdict(String verdict) {
    return new PropertyResult("p", "r", "i", "c", "g", Mutation.BIASED_PULSES, 24, 1,
        Tightness.of(new double[] {1}), false, verdict, List.of());
  }

  @Test
  void stochasticAndDeterministicVerdicts() {
    assertThat(TryCounts.of(withVerdict(Verdicts.describe(true, 5, 24)))).hasValue(new TryCounts(5, 24, 4));
    assertThat(TryCounts.of(withVerdict(Verdicts.describe(false, 3, 24) + "; median tightness 0.4 FAILS")))
        .hasValue(new TryCounts(3, 24, 0));
    assertThat(TryCounts.of(withVerdict("no counts here"))).isEmpty();
  }

  @Test
  void perRunBound() {
    // 24 of 24 failing: p_lo = 1e-3^(1/24) = 0.7499; a deterministic run rejects unless all 24 pass
    double p = Math.pow(1e-3, 1.0 / 24);
    assertThat(new TryCounts(24, 24, 0).perRunRejectionLowerBound(0.999)).isCloseTo(1 - Math.pow(1 - p, 24),
        within(1e-12));
  }
}
