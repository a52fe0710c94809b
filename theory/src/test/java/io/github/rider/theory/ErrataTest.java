package io.github.rider.theory;

import static io.github.rider.theory.TheoremC4CyclicZsLastIterate.Contraction.AS_PRINTED;
import static io.github.rider.theory.TheoremC4CyclicZsLastIterate.Contraction.PROOF_RECURSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * One pin per erratum of the package documentation (E1-E9): each test shows the corrected form
 * holds and, where the printed form is a formula, that the printed form fails the same check.
 */
class ErrataTest {

  private static final double REL = 1e-12;
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 1, 3);

  /** E1: the sign in eq. (104). */
  @Test
  void e1SymmetricPointOfTheLinearDeviceUsesAPlusSign() {
    double aPlus = 1.2;
    double aMinus = 0.8;
    double tauMax = 1.0;
    double tauMin = 0.7;
    double sp = LinearDeviceConstants.symmetricPoint(aPlus, aMinus, tauMax, tauMin);
    double printed = LinearDeviceConstants.symmetricPointAsPrintedEq104(aPlus, aMinus, tauMax, tauMin);
    double gap = LinearDeviceConstants.qPlus(aPlus, tauMax, sp) - LinearDeviceConstants.qMinus(aMinus, tauMin, sp);
    double printedGap = LinearDeviceConstants.qPlus(aPlus, tauMax, printed)
        - LinearDeviceConstants.qMinus(aMinus, tauMin, printed);
    assertThat(gap).isCloseTo(0, within(REL));
    assertThat(Math.abs(printedGap)).isGreaterThan(0.1);
    // the printed formula is AIHWKit's with a signed lower bound b_min = -tau_min: equal to ours
    double bMin = -tauMin;
    assertThat((aPlus - aMinus) / (aPlus / tauMax - aMinus / bMin)).isCloseTo(sp, within(REL));
  }

  /** E2: Theorem C.2 prints "N &lt;=", the proof gives "N &gt;=". */
  @Test
  void e2PulsesRequiredIsALowerBoundOnN() {
    double e0 = 1;
    double delta = 0.1;
    long n = TheoremC2ZsLastIterate.pulsesRequired(D, e0, delta).getAsLong(); // 150
    assertThat(TheoremC2ZsLastIterate.bound(D, e0, n)).isLessThanOrEqualTo(delta);
    // every N >= n also works ...
    assertThat(TheoremC2ZsLastIterate.bound(D, e0, 10 * n)).isLessThanOrEqualTo(delta);
    // ... while N <= n, the printed reading, admits N = 0 and N = n/2, where the bound exceeds delta
    assertThat(TheoremC2ZsLastIterate.bound(D, e0, 0)).isGreaterThan(delta);
    assertThat(TheoremC2ZsLastIterate.bound(D, e0, n / 2)).isGreaterThan(delta);
  }

  /** E3: Theorem C.2's condition reads mu_q &lt; 1/(2 dw_min) (printed "mu_g"). */
  @Test
  void e3ConditionIsOnMuQAndMakesTheFactorAContraction() {
    assertThat(TheoremC2ZsLastIterate.contractionFactor(D)).isBetween(0.0, 1.0);
    DeviceConstants tooSteep = D.withResponse(D.response().withMuQ(0.5 / D.dwMin() * 1.01));
    // beyond the condition 1 - 2 dw mu_q < 0, which is no contraction; it is rejected by name
    assertThat(1 - 2 * tooSteep.dwMin() * tooSteep.muQ()).isNegative();
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.contractionFactor(tooSteep))
        .hasMessageContaining("mu_q < 1/(2 dw_min)");
  }

  /** E4: Theorem C.4's garbled condition is read as dw_min &lt;= 1/3. */
  @Test
  void e4CyclicConditionIsDwMinAtMostOneThird() {
    DeviceConstants third = D.withDwMin(1.0 / 3).withResponse(D.response().withMuQ(1));
    // the proof's step 3 dw^2 mu <= dw mu holds exactly when dw <= 1/3
    assertThat(3 * third.dwMin() * third.dwMin() * third.muQ()).isLessThanOrEqualTo(third.dwMin() * third.muQ());
    assertThat(TheoremC4CyclicZsLastIterate.floor(third, 1)).isFinite();
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.floor(D.withDwMin(0.35), 1))
        .hasMessageContaining("dw_min <= 1/3");
  }

  /** E5: Theorem C.4's contraction: the proof shows (1 - dw mu)^2 per cycle; that is the default. */
  @Test
  void e5CyclicContractionFollowsTheProofByDefault() {
    for (long n = 0; n < 500; n += 7) {
      assertThat(TheoremC4CyclicZsLastIterate.bound(D, 100, n))
          .isEqualTo(TheoremC4CyclicZsLastIterate.bound(D, 100, n, 1, PROOF_RECURSION))
          .isGreaterThanOrEqualTo(TheoremC4CyclicZsLastIterate.bound(D, 100, n, 1, AS_PRINTED));
    }
    long proof = TheoremC4CyclicZsLastIterate.cyclesRequired(D, 100, 2, 1, PROOF_RECURSION).getAsLong();
    long printed = TheoremC4CyclicZsLastIterate.cyclesRequired(D, 100, 2, 1, AS_PRINTED).getAsLong();
    assertThat(proof).isBetween(2 * printed - 2, 2 * printed); // twice, up to the two ceilings
    assertThat(ZsCalibrationBudget.compute(D.withDwMin(1e-3), 0, 1, 2).pulsesRequiredCyclic())
        .isEqualTo(TheoremC4CyclicZsLastIterate.pulsesRequired(D.withDwMin(1e-3), 1, 2, 1, PROOF_RECURSION)
            .getAsLong());
  }

  /** E6: (72) with alpha = c/sqrt(K) grows like kappa1 (statement (15)), not 1/kappa1 (eq. 73). */
  @Test
  void e6RateGrowsWithKappa1() {
    ProblemConstants p = new ProblemConstants(2, 1, 0.5, 10);
    long k = 10_000;
    double alpha = 0.5 / Math.sqrt(k);
    double ratio = Theorem3_7RiderConvergence.bound(p.withL(4), D, 0, alpha, k)
        / Theorem3_7RiderConvergence.bound(p, D, 0, alpha, k);
    assertThat(ratio).isCloseTo(2, within(2 * REL));
    assertThat(Theorem3_7RiderConvergence.rateOrder(p.withL(4), D, k) / Theorem3_7RiderConvergence.rateOrder(p, D, k))
        .isCloseTo(ratio, within(2 * REL));
    assertThat(Theorem3_7RiderConvergence.rateOrderAsPrintedEq73(p.withL(4), D, k)
        / Theorem3_7RiderConvergence.rateOrderAsPrintedEq73(p, D, k)).isCloseTo(0.5, within(REL));
  }

  /** E7: the C* condition is C* &gt;= 4 sqrt(2) sigma kappa2^{3/2} / sqrt(mu) (not / mu). */
  @Test
  void e7CStarConditionIsTheNonEmptyC2Interval() {
    DeviceConstants unit = DeviceConstants.of(1e-3, 1, 1, 0.1, 0.1);
    ProblemConstants p = new ProblemConstants(8, 4, 1, 1);
    // mu = 4: printed threshold 4 sqrt 2/4 = 1.414 < derived 4 sqrt 2/2 = 2.828
    double printed = Theorem3_7RiderConvergence.cStarThresholdAsPrinted(p, unit);
    double derived = Theorem3_7RiderConvergence.cStarThresholdDerived(p, unit);
    assertThat(printed).isCloseTo(Math.sqrt(2), within(REL));
    assertThat(derived).isCloseTo(2 * Math.sqrt(2), within(REL));
    // C* = 2 passes the printed condition but the C_2 interval [4/2, 4 * 2/8] = [2, 1] is empty
    ProblemConstants between = p.withCStar(2);
    assertThat(between.cStar()).isGreaterThan(printed);
    assertThat(Theorem3_7RiderConvergence.lyapunovC2Interval(between, unit).isEmpty()).isTrue();
    assertThat(Theorem3_7RiderConvergence.cStarFeasible(between, unit)).isFalse();
    // at the derived threshold the interval is (up to rounding) one point, just above it non-empty
    assertThat(Theorem3_7RiderConvergence.lyapunovC2Interval(p.withCStar(derived * (1 + 1e-9)), unit).isEmpty())
        .isFalse();
    assertThat(Theorem3_7RiderConvergence.lyapunovC2Interval(p.withCStar(derived * (1 - 1e-9)), unit).isEmpty())
        .isTrue();
  }

  /** E8: the dimension factor the paper drops in Theorem 2.2 (and applied to every ZS bound). */
  @Test
  void e8VectorBoundIsTheSumOfDeviceBounds() {
    int dim = 4;
    // the term the paper bounds by dw^2 q_max^2 reaches D dw^2 q_max^2 for F = q_max, G = 0
    double perCoordinate = D.dwMin() * D.qMax() * D.dwMin() * D.qMax();
    assertThat(dim * perCoordinate).isGreaterThan(perCoordinate);
    // D identical devices: vector bound == D x per-device bound (e0 and the potential gap add up)
    assertThat(Theorem2_2ZsAveragedBound.bound(D, dim * 0.5, 100, dim))
        .isCloseTo(dim * Theorem2_2ZsAveragedBound.bound(D, 0.5, 100), within(REL * 10));
    assertThat(TheoremC3CyclicZsAveragedBound.bound(D, dim * 0.5, 100, dim))
        .isCloseTo(dim * TheoremC3CyclicZsAveragedBound.bound(D, 0.5, 100), within(REL * 10));
    assertThat(TheoremC2ZsLastIterate.bound(D, dim * 0.3, 100, dim))
        .isCloseTo(dim * TheoremC2ZsLastIterate.bound(D, 0.3, 100), within(REL * 10));
    assertThat(TheoremC4CyclicZsLastIterate.bound(D, dim * 0.3, 100, dim, PROOF_RECURSION))
        .isCloseTo(dim * TheoremC4CyclicZsLastIterate.bound(D, 0.3, 100), within(REL * 10));
    // the paper's D-free floor would be too small for the vector
    assertThat(Theorem2_2ZsAveragedBound.floor(D, dim)).isEqualTo(dim * Theorem2_2ZsAveragedBound.floor(D, 1));
  }

  /** E9: Wu et al. 2025's W^S with "+" (the stationary point of f_Sigma), not the transcribed "-". */
  @Test
  void e9ImplicitPenaltyStationaryPointUsesPlusSigns() {
    double h = 1;
    double rPrime = 2;
    double sigma = 0.25;
    double wStar = 1;
    double sp = -1;
    double ws = Wu2025ImplicitPenalty.stationaryPoint(h, wStar, rPrime, sigma, sp);
    double printed = Wu2025ImplicitPenalty.stationaryPointAsPrinted(h, wStar, rPrime, sigma, sp);
    // gradient h (w - w*) + Sigma R' (w - sp) of f_Sigma
    assertThat(h * (ws - wStar) + sigma * rPrime * (ws - sp)).isCloseTo(0, within(REL));
    assertThat(Math.abs(h * (printed - wStar) + sigma * rPrime * (printed - sp))).isGreaterThan(0.1);
    // the printed denominator vanishes at h = R' Sigma
    assertThat(Wu2025ImplicitPenalty.stationaryPointAsPrinted(0.5, wStar, rPrime, sigma, sp)).isInfinite();
  }
}
