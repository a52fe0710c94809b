package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Theorem C.4: cyclic ZS, last iterate within the bound and equal to the exact process (model
 * (31)), over random monotone devices; biased pulses, doubled pulses and a wrong sign of G are
 * rejected.
 */
class TheoremC4CyclicZsLastIterateTest extends PropertyTestBase {

  @Override
  Property property() {
    return new TheoremC4Property();
  }

  /**
   * Why the exact comparison is needed: at the default seed every try of the doubled-pulse mutant
   * stays within the (loose) bound, and the comparison with model (31) rejects every try.
   */
  @Test
  void doubledPulsesPassTheBoundAloneAndFailTheExactComparison() {
    Property p = property();
    PropertyResult r = p.run(p.defaultTries(), SuiteSettings.DEFAULT_SEED, Mutation.DOUBLED_PULSES);
    assertThat(r.holds()).isFalse();
    assertThat(r.verdict()).as(r.summary()).startsWith(p.defaultTries() + " of " + p.defaultTries() + " tries failed");
    assertThat(r.notes()).as(r.summary()).anyMatch(n -> n.startsWith("0 of " + p.defaultTries() + " tries exceed the bound"));
  }
}
