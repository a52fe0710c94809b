package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Theorem 3.7: RIDER with the prescribed step sizes on random problems/devices inside the
 * theorem's assumptions stays within the explicit bound (72) and E_K falls like 1/sqrt(K); a
 * reference that ignores the SP (no EMA) is rejected.
 */
class Theorem3_7RiderConvergenceTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Theorem3_7Property();
  }

  /** The three checks' shares of a try's false-failure probability add up to it. */
  @Test
  void perTryFalseFailureSharesAddUp() {
    assertThat(Theorem3_7Property.BOUND_FAILURE + Theorem3_7Property.WINDOW_FAILURE
        + Theorem3_7Property.EXACT_FAILURE).isCloseTo(Verdicts.PER_TRY_FAILURE, org.assertj.core.api.Assertions.within(1e-15));
  }

  /**
   * Why the exact comparison is there: RIDER with beta doubled passes the bound (72), the decay
   * window and the boxes on every try of the default seed, and fails the comparison with the exact
   * recursion and one-step moments on every try.
   */
  @Test
  void doubledStepSizePassesTheLooseChecksAndFailsTheExactOne() {
    Property p = property();
    PropertyResult r = p.run(p.defaultTries(), SuiteSettings.DEFAULT_SEED, Mutation.STEP_SIZE_DOUBLED);
    Matcher m = Pattern.compile("failing tries by check: (\\d+) of (\\d+) the bound \\(72\\), decay window or boxes;"
        + " (\\d+) of (\\d+) the exact").matcher(String.join("\n", r.notes()));
    assertThat(m.find()).as(r.summary()).isTrue();
    int applicable = Integer.parseInt(m.group(2));
    assertThat(applicable).as(r.summary()).isGreaterThan(0);
    assertThat(Integer.parseInt(m.group(1))).as(r.summary()).isZero();
    assertThat(Integer.parseInt(m.group(3))).as(r.summary()).isEqualTo(applicable);
    assertThat(r.holds()).isFalse();
  }
}
