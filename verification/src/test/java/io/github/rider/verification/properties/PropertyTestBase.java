package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The common shape of the property tests: the property holds with its default tries (times
 * -Drider.tries.scale; seed -Drider.seed, default fixed, "random" on request, printed in every
 * failure message), and every mutation it lists is rejected on as many tries: a property that
 * cannot fail is a defect.
 */
abstract class PropertyTestBase {

  /** The property under test. */
  abstract Property property();

  @Test
  void holdsOverRandomInstances() {
    SuiteSettings s = SuiteSettings.fromSystemProperties();
    PropertyResult r = property().run(s.tries(property()), s.seed());
    assertThat(r.holds()).as(r.summary()).isTrue();
  }

  @Test
  void brokenVariantsAreRejected() {
    SuiteSettings s = SuiteSettings.fromSystemProperties();
    int tries = s.tries(property());
    assertThat(property().mutations()).isNotEmpty();
    for (Mutation m : property().mutations()) {
      PropertyResult r = property().run(tries, s.seed(), m);
      assertThat(r.holds()).as("mutation " + m + " must be rejected: " + r.summary()).isFalse();
    }
  }
}
