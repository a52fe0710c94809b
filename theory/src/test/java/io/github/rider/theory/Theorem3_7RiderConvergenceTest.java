package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Theorem3_7RiderConvergenceTest {

  private static final double REL = 1e-12;
  private static final double SQRT34 = Math.sqrt(34); // 5.8309518948...

  private static final ProblemConstants P = new ProblemConstants(2, 1, 0.5, 3);
  private static final DeviceConstants UNIT = DeviceConstants.of(1e-3, 1, 1, 0.1, 0.2);
  private static final DeviceConstants D = DeviceConstants.of(1e-3, 0.5, 1, 0.1, 0.2);

  @Test
  void handComputedBound() {
    // q_min = q_max = 1, mu = 1: constant = 16 sqrt(34) = 93.2952303
    assertThat(Theorem3_7RiderConvergence.boundConstant(P, UNIT)).isCloseTo(16 * SQRT34, within(REL * 100));
    // (V0 - VK)/(alpha K) + 5 alpha L q_max^2 sigma^2 = 1/(0.01 * 1e4) + 5 * 0.01 * 2 * 0.25 = 0.035
    assertThat(Theorem3_7RiderConvergence.bound(P, UNIT, 1, 0.01, 10_000))
        .isCloseTo(16 * SQRT34 * 0.035, within(REL * 10));
    assertThat(Theorem3_7RiderConvergence.bound(P, UNIT, 1, 0.01, 10_000, 2))
        .isCloseTo(16 * SQRT34 * 0.035 + 2e-3, within(REL * 10));
    // q_min = 0.5, q_max = 1: constant = 16 sqrt(34) / 0.5^5 = 32 * 93.2952303
    assertThat(Theorem3_7RiderConvergence.boundConstant(P, D)).isCloseTo(32 * 16 * SQRT34, within(REL * 3000));
  }

  @Test
  void boundWithAlphaOneOverSqrtKFallsLikeOneOverSqrtK() {
    double b1 = Theorem3_7RiderConvergence.bound(P, D, 1, 1 / Math.sqrt(100), 100);
    double b2 = Theorem3_7RiderConvergence.bound(P, D, 1, 1 / Math.sqrt(10_000), 10_000);
    assertThat(b1 / b2).isCloseTo(10, within(10 * REL));
    assertThat(Theorem3_7RiderConvergence.rateOrder(P, D, 100) / Theorem3_7RiderConvergence.rateOrder(P, D, 10_000))
        .isCloseTo(10, within(10 * REL));
  }

  @Test
  void prescriptionSatisfiesEveryConstraint() {
    for (double gamma : new double[] {0.1, 0.5, 1, 2}) {
      for (long k : new long[] {1, 100, 1_000_000}) {
        for (DeviceConstants d : List.of(UNIT, D, DeviceConstants.of(1e-3, 0.2, 3, 0.1, 0.2))) {
          RiderStepSizes s = Theorem3_7RiderConvergence.prescribe(P.withL(50), d, k, gamma);
          assertThat(Theorem3_7RiderConvergence.violatedConstraints(P.withL(50), d, s)).isEmpty();
          assertThat(s.alpha()).isLessThanOrEqualTo(1 / Math.sqrt(k));
        }
      }
    }
  }

  @Test
  void prescriptionIsCOverSqrtKWhenNoCapBinds() {
    RiderStepSizes s = Theorem3_7RiderConvergence.prescribe(P, UNIT, 1_000_000, 0.5, 2);
    assertThat(s.alpha()).isCloseTo(2e-3, within(2e-3 * REL));
    // beta = alpha gamma mu q_min^3/(4 sqrt(34) q_max^3) = 2e-3 * 0.5 / (4 sqrt 34)
    assertThat(s.beta()).isCloseTo(1e-3 / (4 * SQRT34), within(1e-3 * REL));
    // eta = min(alpha mu/52, beta q_max^2/(gamma q_min)) = min(3.846e-5, 8.575e-5) = 2e-3/52
    assertThat(s.eta()).isCloseTo(2e-3 / 52, within(1e-4 * REL));
  }

  @Test
  void anUncappedPrescriptionViolatesTheAlphaConditions() {
    // broken variant: alpha = 1/sqrt(K) without the caps, for K = 1 and L = 50
    ProblemConstants p = P.withL(50);
    double alpha = 1;
    double beta = Theorem3_7RiderConvergence.betaPrescribed(p, D, alpha, 1);
    RiderStepSizes s = new RiderStepSizes(alpha, beta, 1e-6, 1);
    assertThat(Theorem3_7RiderConvergence.violatedConstraints(p, D, s))
        .contains(RiderConstraint.ALPHA_LEMMA_E1, RiderConstraint.ALPHA_BY_QMAX_OVER_QMIN2,
            RiderConstraint.ALPHA_BY_QMAX_OVER_QMIN);
  }

  @Test
  void eachConstraintIsReportedWhenBroken() {
    RiderStepSizes ok = Theorem3_7RiderConvergence.prescribe(P, D, 10_000, 0.5);
    for (RiderConstraint c : RiderConstraint.values()) {
      RiderStepSizes broken;
      switch (c) {
        case BETA_PRESCRIBED:
          broken = ok.withBeta(ok.beta() * (1 + 1e-6));
          break;
        case ETA_BY_ALPHA:
        case ETA_BY_BETA:
          broken = ok.withEta(Math.min(1, 1.5 * c.limit(P, D, ok)));
          break;
        case ALPHA_LEMMA_E1:
        case ALPHA_BY_QMAX_OVER_QMIN2:
        case ALPHA_BY_QMAX_OVER_QMIN:
          broken = ok.withAlpha(1.5 * c.limit(P, D, ok));
          break;
        default:
          broken = ok.withBeta(1.5 * c.limit(P, D, ok));
      }
      assertThat(Theorem3_7RiderConvergence.violatedConstraints(P, D, broken)).as(c.formula()).contains(c);
    }
    // the equality leaves room for rounding only
    assertThat(RiderConstraint.BETA_PRESCRIBED.holds(P, D, ok.withBeta(ok.beta() * (1 + 1e-12)))).isTrue();
  }

  @Test
  void lyapunovConstants() {
    RiderStepSizes s = new RiderStepSizes(0.1, 0.02, 0.001, 0.5);
    // C1 = 10 * 0.02 * 0.5 * 1 / (0.1 * 0.25) = 4
    assertThat(Theorem3_7RiderConvergence.lyapunovC1(D, s)).isCloseTo(4, within(4 * REL));
    // C2 in [4 * 0.25/(3 * 0.5), 1 * 0.25 * 3/(8 * 1)] = [0.6667, 0.09375]: empty
    Theorem3_7RiderConvergence.Interval i = Theorem3_7RiderConvergence.lyapunovC2Interval(P, D);
    assertThat(i.lower()).isCloseTo(2.0 / 3, within(REL));
    assertThat(i.upper()).isCloseTo(0.09375, within(REL));
    assertThat(i.isEmpty()).isTrue();
    assertThat(Theorem3_7RiderConvergence.cStarFeasible(P, D)).isFalse();
  }

  @Test
  void metricEKOfSequences() {
    double[] w = {1, 2};
    double[] pq = {3, 4};
    double[] gp = {5, 6};
    // ((1 + 3 + 5) + (2 + 4 + 6)) / 2 = 10.5
    assertThat(Theorem3_7RiderConvergence.metricEK(w, pq, gp)).isCloseTo(10.5, within(REL * 10));
    // ((1 + 1.5 + 10) + (2 + 2 + 12)) / 2 = 14.25
    assertThat(Theorem3_7RiderConvergence.metricEK(w, pq, gp, 0.5, 2)).isCloseTo(14.25, within(REL * 10));
    assertThatThrownBy(() -> Theorem3_7RiderConvergence.metricEK(w, pq, new double[] {1}))
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> Theorem3_7RiderConvergence.metricEK(w, pq, new double[] {1, Double.NaN}))
        .hasMessageContaining("gpNormSq[1]");
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> Theorem3_7RiderConvergence.bound(P, D, -1, 0.1, 10)).hasMessageContaining("lyapunovDrop");
    assertThatThrownBy(() -> Theorem3_7RiderConvergence.bound(P, D, 1, 0, 10)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> Theorem3_7RiderConvergence.bound(P, D, 1, 0.1, 0)).hasMessageContaining("K");
    assertThatThrownBy(() -> new RiderStepSizes(0.1, 0.1, 1.5, 1)).hasMessageContaining("eta");
    assertThatThrownBy(() -> new RiderStepSizes(Double.NaN, 0.1, 0.5, 1)).hasMessageContaining("alpha");
  }
}
