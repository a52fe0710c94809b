package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/**
 * Theorem 3.7's closed forms (arXiv 2602.21321, Theorem 3.7, bound (72), step sizes and Lyapunov
 * constants of App. E) at constants where no factor is 1 (L = 5, mu = 3, sigma = 0.7, C* = 2,
 * q_min = 0.6, q_max = 1.3), so that a swapped operator or a factor that is off shows: every
 * expected value is computed by hand from the formula in its Javadoc (double precision, written out
 * to 17 digits), relative tolerance {@value #REL}. alphaMax is checked in the three regimes where a
 * different term is the smallest (the 1/(2 gamma L q_max) cap, the 2 q_max/(3 q_min gamma L) cap,
 * the beta-derived cap); the remaining cap q_max/(q_min^2 gamma L) is never the smallest when
 * q_max &gt;= q_min, so no test can select it.
 */
class Theorem3_7NonUnitConstantsTest {

  static final double REL = 1e-13;

  private static final ProblemConstants P = new ProblemConstants(5, 3, 0.7, 2);
  private static final DeviceConstants D = DeviceConstants.of(1e-3, 0.6, 1.3, 0.1, 0.2);

  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, offset(REL * Math.abs(expected)));
  }

  @Test
  void boundAndItsConstant() {
    close(Theorem3_7RiderConvergence.boundConstant(P, D), 1142.2346849703476);
    close(Theorem3_7RiderConvergence.bound(P, D, 1.7, 0.02, 5000), 492.3602609564683);
  }

  @Test
  void prescribedBetaAndAlphaCaps() {
    close(Theorem3_7RiderConvergence.betaPrescribed(P, D, 0.02, 0.8), 0.00020233242270795759);
    close(Theorem3_7RiderConvergence.alphaMax(P, D, 0.8), 0.09615384615384615);
    close(Theorem3_7RiderConvergence.alphaMax(P, DeviceConstants.of(1e-3, 0.6, 0.65, 0.1, 0.2), 0.8),
        0.18055555555555558);
    close(Theorem3_7RiderConvergence.alphaMax(new ProblemConstants(2, 2, 0.7, 2),
        DeviceConstants.of(1e-3, 1, 1, 0.1, 0.2), 0.01), 5.830951894845301);
    // beta-derived cap 2 sqrt(34) q_max^2 / (mu q_min^3) with q_min = 0.8, q_max = 0.9
    close(Theorem3_7RiderConvergence.alphaMax(new ProblemConstants(2, 2, 0.7, 2),
        DeviceConstants.of(1e-3, 0.8, 0.9, 0.1, 0.2), 0.01), 9.224748114891979);
  }

  @Test
  void cStarThresholdsAndLyapunovConstants() {
    close(Theorem3_7RiderConvergence.cStarThresholdAsPrinted(P, D), 4.209591243364847);
    close(Theorem3_7RiderConvergence.cStarThresholdDerived(P, D), 7.291225912604959);
    assertThat(Theorem3_7RiderConvergence.cStarFeasible(P, D)).isFalse();
    // at the threshold exactly, C* >= threshold holds
    assertThat(Theorem3_7RiderConvergence.cStarFeasible(
        P.withCStar(Theorem3_7RiderConvergence.cStarThresholdDerived(P, D)), D)).isTrue();
    close(Theorem3_7RiderConvergence.lyapunovC1(D, new RiderStepSizes(0.02, 0.004, 0.001, 0.8)), 7.511111111111112);
    Theorem3_7RiderConvergence.Interval c2 = Theorem3_7RiderConvergence.lyapunovC2Interval(P, D);
    close(c2.lower(), 1.633333333333333);
    close(c2.upper(), 0.12289485662266725);
  }

  @Test
  void closedIntervalIsEmptyOnlyWhenLowerExceedsUpper() {
    Theorem3_7RiderConvergence.Interval point = new Theorem3_7RiderConvergence.Interval(0.5, 0.5);
    assertThat(point.isEmpty()).isFalse();
    assertThat(point.contains(0.5)).isTrue();
    assertThat(new Theorem3_7RiderConvergence.Interval(0.5, 0.4).isEmpty()).isTrue();
    Theorem3_7RiderConvergence.Interval i = new Theorem3_7RiderConvergence.Interval(0.1, 0.3);
    assertThat(i.contains(0.1)).isTrue();
    assertThat(i.contains(0.3)).isTrue();
    assertThat(i.contains(0.0999)).isFalse();
    assertThat(i.contains(0.3001)).isFalse();
  }

  @Test
  void rateOrders() {
    close(Theorem3_7RiderConvergence.rateOrder(P, D, 5000), 1.1254449507334403);
    close(Theorem3_7RiderConvergence.rateOrderAsPrintedEq73(P, D, 5000), 0.40516018226403855);
  }
}
