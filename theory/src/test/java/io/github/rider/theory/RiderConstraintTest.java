package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The step-size conditions of App. E (Theorem 3.7's proof), each limit computed by hand with no
 * constant equal to 1 and no two factors that cancel, and each "value &lt;= limit" probed at exact
 * equality and one ulp above it.
 */
class RiderConstraintTest {

  private static final double REL = 1e-15;
  /** L = 3, mu = 2 (sigma and C* are not read by the conditions). */
  private static final ProblemConstants P = new ProblemConstants(3, 2, 0.5, 1.5);
  /** q_min = 0.5, q_max = 2. */
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 0.25, 1.5);
  /** alpha = 0.25, beta = 0.125, eta = 0.0625, gamma = 5. */
  private static final RiderStepSizes S = new RiderStepSizes(0.25, 0.125, 0.0625, 5);

  @Test
  void limitsByHand() {
    // alpha gamma mu q_min^3 / (4 sqrt(34) q_max^3) = 0.25 * 5 * 2 * 0.125 / (4 sqrt(34) 8)
    assertLimit(RiderConstraint.BETA_PRESCRIBED, 0.3125 / (32 * Math.sqrt(34)));
    // alpha mu q_min^4 / (52 q_max^3) = 0.25 * 2 * 0.0625 / (52 * 8)
    assertLimit(RiderConstraint.ETA_BY_ALPHA, 0.03125 / 416);
    // beta q_max^2 / (gamma q_min) = 0.125 * 4 / (5 * 0.5)
    assertLimit(RiderConstraint.ETA_BY_BETA, 0.2);
    // 1 / (2 gamma L q_max) = 1 / (2 * 5 * 3 * 2)
    assertLimit(RiderConstraint.ALPHA_LEMMA_E1, 1.0 / 60);
    // q_max / (q_min^2 gamma L) = 2 / (0.25 * 5 * 3)
    assertLimit(RiderConstraint.ALPHA_BY_QMAX_OVER_QMIN2, 8.0 / 15);
    // 2 q_max / (3 q_min gamma L) = 4 / (3 * 0.5 * 5 * 3)
    assertLimit(RiderConstraint.ALPHA_BY_QMAX_OVER_QMIN, 8.0 / 45);
    // gamma / (2 q_max) = 5 / 4
    assertLimit(RiderConstraint.BETA_LEMMA_E2, 1.25);
    // gamma / q_max = 5 / 2
    assertLimit(RiderConstraint.BETA_BY_GAMMA, 2.5);
  }

  @Test
  void eachConditionReadsItsOwnStepSize() {
    for (RiderConstraint c : RiderConstraint.values()) {
      String symbol = symbol(c);
      double expected = switch (symbol) {
        case "eta" -> 0.0625;
        case "alpha" -> 0.25;
        case "beta" -> 0.125;
        default -> throw new AssertionError(c + ": formula starts with " + symbol);
      };
      assertThat(c.value(S)).as(c.formula()).isEqualTo(expected);
    }
    assertThat(RiderConstraint.ETA_BY_ALPHA.formula()).isEqualTo("eta <= alpha mu q_min^4 / (52 q_max^3)");
  }

  @Test
  void inequalitiesHoldAtEqualityAndFailOneUlpAbove() {
    for (RiderConstraint c : RiderConstraint.values()) {
      if (c == RiderConstraint.BETA_PRESCRIBED) {
        continue;
      }
      // each limit is independent of the step size its condition constrains
      double limit = c.limit(P, D, S);
      RiderStepSizes atLimit = withValue(c, S, limit);
      assertThat(c.limit(P, D, atLimit)).isEqualTo(limit);
      assertThat(c.holds(P, D, atLimit)).as(c.formula()).isTrue();
      assertThat(c.holds(P, D, withValue(c, S, Math.nextUp(limit)))).as(c.formula()).isFalse();
      assertThat(c.holds(P, D, withValue(c, S, Math.nextDown(limit)))).as(c.formula()).isTrue();
    }
  }

  @Test
  void prescribedBetaHoldsWithinItsRelativeTolerance() {
    RiderConstraint c = RiderConstraint.BETA_PRESCRIBED;
    double b = c.limit(P, D, S);
    double tol = RiderConstraint.BETA_RELATIVE_TOLERANCE;
    assertThat(c.holds(P, D, S.withBeta(b))).isTrue();
    assertThat(c.holds(P, D, S.withBeta(b * (1 + tol / 2)))).isTrue();
    assertThat(c.holds(P, D, S.withBeta(b * (1 - tol / 2)))).isTrue();
    assertThat(c.holds(P, D, S.withBeta(b * (1 + 2 * tol)))).isFalse();
    assertThat(c.holds(P, D, S.withBeta(b * (1 - 2 * tol)))).isFalse();
    // S's own beta = 0.125 is far from the prescribed value
    assertThat(c.holds(P, D, S)).isFalse();
  }

  @Test
  void prescribedBetaAtTheExactEndOfItsTolerance() {
    // gamma = 4 makes the prescribed beta alpha * 4 * 2 * 0.125 / (4 sqrt(34) * 8) = alpha / (32 sqrt(34));
    // alpha = 32 sqrt(34) * 1e9 * 2^-40 gives beta* = 1e9 * 2^-40, whose tolerance 1e-9 beta* = 2^-40 is a
    // multiple of beta*'s ulp, so beta* +- 2^-40 lies exactly on the ends of |beta - beta*| <= 1e-9 beta*
    double prescribed = 1e9 * 0x1p-40;
    RiderStepSizes s = new RiderStepSizes(prescribed * 32 * Math.sqrt(34), 0.125, 0.0625, 4);
    RiderConstraint c = RiderConstraint.BETA_PRESCRIBED;
    assertThat(c.limit(P, D, s)).isEqualTo(prescribed);
    double tol = RiderConstraint.BETA_RELATIVE_TOLERANCE * prescribed;
    assertThat(tol).isEqualTo(0x1p-40);
    for (double end : new double[] {prescribed + tol, prescribed - tol}) {
      assertThat(Math.abs(end - prescribed)).isEqualTo(tol);
      assertThat(c.holds(P, D, s.withBeta(end))).as("beta = %s", end).isTrue();
    }
    assertThat(c.holds(P, D, s.withBeta(Math.nextUp(prescribed + tol)))).isFalse();
    assertThat(c.holds(P, D, s.withBeta(Math.nextDown(prescribed - tol)))).isFalse();
  }

  private static void assertLimit(RiderConstraint c, double expected) {
    assertThat(c.limit(P, D, S)).as(c.formula()).isCloseTo(expected, within(REL * expected));
  }

  private static RiderStepSizes withValue(RiderConstraint c, RiderStepSizes s, double v) {
    return switch (symbol(c)) {
      case "eta" -> s.withEta(v);
      case "alpha" -> s.withAlpha(v);
      default -> s.withBeta(v);
    };
  }

  /** The step size a condition constrains, as its formula names it first. */
  private static String symbol(RiderConstraint c) {
    return c.formula().substring(0, c.formula().indexOf(' '));
  }
}
