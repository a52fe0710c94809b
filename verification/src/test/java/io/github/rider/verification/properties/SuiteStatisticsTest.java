package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.report.VerificationReport;
import org.junit.jupiter.api.Test;

/**
 * The suite's stated false-failure probability under true claims is composed from its properties'
 * (a union bound over the stochastic ones) and is at most {@link SuiteSettings#SUITE_FALSE_FAILURE}.
 */
class SuiteStatisticsTest {

  @Test
  void composedFalseFailureProbabilityIsWithinTheStatedBound() {
    double sum = 0;
    for (Property p : VerificationReport.properties()) {
      sum += p.falseFailureProbability();
    }
    assertThat(sum).isPositive().isLessThanOrEqualTo(SuiteSettings.SUITE_FALSE_FAILURE);
  }

  /** Each stochastic property accepts its default tries only up to the binomial quantile at 1e-5. */
  @Test
  void stochasticAcceptanceIsAtTheStatedLevel() {
    assertThat(Verdicts.stochastic(24).maxFailures()).isEqualTo(4);
    assertThat(Verdicts.SUITE_FAILURE * 5).isLessThanOrEqualTo(SuiteSettings.SUITE_FALSE_FAILURE);
  }
}
