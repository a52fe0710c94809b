package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The constants records (Definitions 2.1 / C.1, Algorithm 2's step sizes) at the exact ends of
 * their domains, and the predecessors' closed forms (Wu et al. 2025 Theorem 5's stationary point,
 * Li et al. 2025's floor) by hand with no factor equal to 1.
 */
class ConstantsAndPredecessorFormulasTest {

  private static void refused(String name, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @Test
  void responseConstantsDomainIsClosedWhereDefinitionsSay() {
    ResponseConstants c = new ResponseConstants(0.5, 2, 0.3, 1.5);
    assertThat(c.kappa2()).isEqualTo(4.0);
    assertThat(new ResponseConstants(Double.MIN_VALUE, 1, 0, 0).qMin()).isEqualTo(Double.MIN_VALUE);
    assertThat(new ResponseConstants(0.5, 0.5, -1, 0).kappa2()).isEqualTo(1.0);
    for (double bad : new double[] {0, -0.5, Double.NaN}) {
      refused("qMin", () -> new ResponseConstants(bad, 2, 0.3, 1.5));
    }
    for (double bad : new double[] {Math.nextDown(0.5), Double.POSITIVE_INFINITY, Double.NaN}) {
      refused("qMax", () -> new ResponseConstants(0.5, bad, 0.3, 1.5));
    }
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      refused("muQ", () -> new ResponseConstants(0.5, 2, bad, 1.5));
    }
    for (double bad : new double[] {-Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      refused("lQ", () -> new ResponseConstants(0.5, 2, 0.3, bad));
    }
  }

  @Test
  void monotoneExactlyWhenMuQIsPositive() {
    ResponseConstants c = new ResponseConstants(0.5, 2, 0.3, 1.5);
    assertThat(c.isMonotone()).isTrue();
    assertThat(c.withMuQ(Double.MIN_VALUE).isMonotone()).isTrue();
    assertThat(c.withMuQ(0).isMonotone()).isFalse();
    assertThat(c.withMuQ(-0.3).isMonotone()).isFalse();
  }

  @Test
  void responseConstantsWithersReplaceOneField() {
    ResponseConstants c = new ResponseConstants(0.5, 2, 0.3, 1.5);
    assertThat(c.withQMin(0.25)).isEqualTo(new ResponseConstants(0.25, 2, 0.3, 1.5));
    assertThat(c.withQMax(3)).isEqualTo(new ResponseConstants(0.5, 3, 0.3, 1.5));
    assertThat(c.withMuQ(-0.7)).isEqualTo(new ResponseConstants(0.5, 2, -0.7, 1.5));
    assertThat(c.withLQ(0.125)).isEqualTo(new ResponseConstants(0.5, 2, 0.3, 0.125));
    refused("qMax", () -> c.withQMin(2.5));
  }

  @Test
  void deviceConstantsDelegateAndCheckDwMin() {
    DeviceConstants d = DeviceConstants.of(0.01, 0.5, 2, 0.3, 1.5);
    assertThat(d.response()).isEqualTo(new ResponseConstants(0.5, 2, 0.3, 1.5));
    assertThat(new double[] {d.dwMin(), d.qMin(), d.qMax(), d.muQ(), d.lQ(), d.kappa2()})
        .containsExactly(0.01, 0.5, 2, 0.3, 1.5, 4);
    assertThat(d.withDwMin(0.03)).isEqualTo(DeviceConstants.of(0.03, 0.5, 2, 0.3, 1.5));
    ResponseConstants other = new ResponseConstants(0.25, 3, -0.1, 0.5);
    assertThat(d.withResponse(other)).isEqualTo(new DeviceConstants(0.01, other));
    assertThat(d.withDwMin(Double.MIN_VALUE).dwMin()).isEqualTo(Double.MIN_VALUE);
    for (double bad : new double[] {0, -0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      refused("dwMin", () -> d.withDwMin(bad));
    }
    refused("response", () -> d.withResponse(null));
  }

  @Test
  void riderStepSizesCheckEachOwnParameter() {
    RiderStepSizes s = new RiderStepSizes(0.1, 0.2, 0.3, 0.4);
    assertThat(s.withAlpha(0.5)).isEqualTo(new RiderStepSizes(0.5, 0.2, 0.3, 0.4));
    assertThat(s.withBeta(0.6)).isEqualTo(new RiderStepSizes(0.1, 0.6, 0.3, 0.4));
    assertThat(s.withEta(1)).isEqualTo(new RiderStepSizes(0.1, 0.2, 1, 0.4));
    assertThat(s.withGamma(0.7)).isEqualTo(new RiderStepSizes(0.1, 0.2, 0.3, 0.7));
    refused("alpha", () -> s.withAlpha(0));
    refused("beta", () -> s.withBeta(0));
    refused("eta", () -> s.withEta(0));
    refused("eta", () -> s.withEta(Math.nextUp(1.0)));
    refused("gamma", () -> s.withGamma(0));
  }

  /** W^S = (h W* + r' Sigma W_sp) / (h + r' Sigma) with h = 2, W* = 3, r' = 0.5, Sigma = 3. */
  @Test
  void wu2025StationaryPointByHand() {
    assertThat(Wu2025ImplicitPenalty.ratio(3, 2)).isEqualTo(1.5);
    refused("F", () -> Wu2025ImplicitPenalty.ratio(3, 0));
    refused("G", () -> Wu2025ImplicitPenalty.ratio(Double.NaN, 2));
    // (6 + 1.5 * (-2)) / (2 + 1.5) = 6/7; printed: (6 - (-3)) / (2 - 1.5) = 18
    assertThat(Wu2025ImplicitPenalty.stationaryPoint(2, 3, 0.5, 3, -2)).isCloseTo(6.0 / 7, within(1e-15));
    assertThat(Wu2025ImplicitPenalty.stationaryPointAsPrinted(2, 3, 0.5, 3, -2)).isEqualTo(18.0);
    // r' = 0 and Sigma = 0 are allowed: no penalty, W^S = W*
    assertThat(Wu2025ImplicitPenalty.stationaryPoint(2, 3, 0, 3, -2)).isEqualTo(3.0);
    assertThat(Wu2025ImplicitPenalty.stationaryPoint(2, 3, 0.5, 0, -2)).isEqualTo(3.0);
    assertThat(Wu2025ImplicitPenalty.stationaryPoint(
            new double[] {2, 4}, new double[] {3, -1}, new double[] {0.5, 0.25},
            new double[] {3, 8}, new double[] {-2, 1}))
        // second: (-4 + 2 * 1) / (4 + 2) = -1/3
        .containsExactly(new double[] {6.0 / 7, -1.0 / 3}, within(1e-15));
    refused("same length", () -> Wu2025ImplicitPenalty.stationaryPoint(
        new double[] {2}, new double[] {3, 1}, new double[] {0.5}, new double[] {3}, new double[] {1}));
    for (Executable bad : new Executable[] {
        () -> Wu2025ImplicitPenalty.stationaryPoint(0, 3, 0.5, 3, -2),
        () -> Wu2025ImplicitPenalty.stationaryPointAsPrinted(0, 3, 0.5, 3, -2)}) {
      refused("hessian", bad);
    }
    refused("W*", () -> Wu2025ImplicitPenalty.stationaryPoint(2, Double.POSITIVE_INFINITY, 0.5, 3, -2));
    refused("R'(W_sp)", () -> Wu2025ImplicitPenalty.stationaryPoint(2, 3, -Double.MIN_VALUE, 3, -2));
    refused("Sigma", () -> Wu2025ImplicitPenalty.stationaryPoint(2, 3, 0.5, -Double.MIN_VALUE, -2));
    refused("W_sp", () -> Wu2025ImplicitPenalty.stationaryPoint(2, 3, 0.5, 3, Double.NEGATIVE_INFINITY));
  }

  /** Sigma w^2 / (2 tau) with Sigma = 3, tau = 4, w = -2: 3 * 4 / 8 = 1.5. */
  @Test
  void wu2025LinearResponsePenaltyByHand() {
    assertThat(Wu2025ImplicitPenalty.linearResponsePenalty(3, 4, -2)).isEqualTo(1.5);
    assertThat(Wu2025ImplicitPenalty.linearResponsePenalty(0, 4, -2)).isZero();
    refused("Sigma", () -> Wu2025ImplicitPenalty.linearResponsePenalty(-Double.MIN_VALUE, 4, -2));
    refused("tau", () -> Wu2025ImplicitPenalty.linearResponsePenalty(3, 0, -2));
    refused("w", () -> Wu2025ImplicitPenalty.linearResponsePenalty(3, 4, Double.NaN));
  }

  /**
   * R_T = mean 2L / (1 - ||W_t||^2 / tau^2) with L = 1.5, tau = 2, norms 0.5 and 1: 3 / 0.9375 = 3.2
   * and 3 / 0.75 = 4, mean 3.6; floor sigma^2 S_T + R_T dw_min = 0.25 * 2 + 3 * 0.1.
   */
  @Test
  void li2025FloorByHand() {
    assertThat(Li2025QuantisationFloor.rT(new double[] {0.5, 1}, 1.5, 2)).isCloseTo(3.6, within(1e-15));
    refused("L", () -> Li2025QuantisationFloor.rT(new double[] {0.5}, 0, 2));
    refused("tauMax", () -> Li2025QuantisationFloor.rT(new double[] {0.5}, 1.5, 0));
    refused("wInfNorms", () -> Li2025QuantisationFloor.rT(new double[0], 1.5, 2));
    refused("wInfNorms", () -> Li2025QuantisationFloor.rT(new double[] {Double.NaN}, 1.5, 2));
    assertThat(Li2025QuantisationFloor.floor(0.5, 2, 3, 0.1)).isCloseTo(0.8, within(1e-15));
    assertThat(Li2025QuantisationFloor.floor(0, 0, 0, 0.1)).isZero();
    refused("sigma", () -> Li2025QuantisationFloor.floor(-Double.MIN_VALUE, 2, 3, 0.1));
    refused("S_T", () -> Li2025QuantisationFloor.floor(0.5, -Double.MIN_VALUE, 3, 0.1));
    refused("R_T", () -> Li2025QuantisationFloor.floor(0.5, 2, -Double.MIN_VALUE, 0.1));
    refused("dwMin", () -> Li2025QuantisationFloor.floor(0.5, 2, 3, 0));
  }
  /**
   * Theorem C.2 with dw_min = 0.25, q_max = 2, mu_q = 0.5, D = 3: factor 1 - 2 * 0.25 * 0.5 = 0.75,
   * floor 3 * 0.25 * 4 / 0.5 = 6, minimal delta 12; the condition 2 dw_min mu_q &lt; 1 is open at
   * mu_q = 2 exactly.
   */
  @Test
  void theoremC2ConstantsAndConditionsByHand() {
    DeviceConstants d = DeviceConstants.of(0.25, 0.5, 2, 0.5, 1.5);
    assertThat(TheoremC2ZsLastIterate.contractionFactor(d)).isEqualTo(0.75);
    assertThat(TheoremC2ZsLastIterate.floor(d, 3)).isEqualTo(6.0);
    assertThat(TheoremC2ZsLastIterate.minimalDelta(d, 3)).isEqualTo(12.0);
    refused("dimension", () -> TheoremC2ZsLastIterate.floor(d, 0));
    DeviceConstants edge = d.withResponse(d.response().withMuQ(2));
    // the message states the limit 1/(2 dw_min) = 2 it was compared with
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.requireConditions(edge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mu_q < 1/(2 dw_min)")
        .hasMessageEndingWith("was mu_q = 2.0 with 1/(2 dw_min) = 2.0");
    DeviceConstants inside = d.withResponse(d.response().withMuQ(Math.nextDown(2.0)));
    TheoremC2ZsLastIterate.requireConditions(inside);
    assertThat(TheoremC2ZsLastIterate.contractionFactor(inside)).isEqualTo(1 - 0.5 * Math.nextDown(2.0));
  }

  /** Theorem C.3's floor D (3/2) dw_min q_max^2 L_q = 3 * 1.5 * 0.25 * 4 * 1.5 = 6.75. */
  @Test
  void theoremC3FloorByHand() {
    DeviceConstants d = DeviceConstants.of(0.25, 0.5, 2, 0.5, 1.5);
    assertThat(TheoremC3CyclicZsAveragedBound.floor(d, 3)).isEqualTo(6.75);
    refused("dimension", () -> TheoremC3CyclicZsAveragedBound.floor(d, 0));
  }

  /**
   * A monotone device outside both theorems (2 dw_min mu_q = 2 * 0.25 * 2 = 1 exactly): both sides
   * not applicable, no exception; a null device is an argument error, not a NullPointerException.
   */
  @Test
  void zsBudgetMarksADeviceAtTheContractionBoundaryNotApplicable() {
    DeviceConstants d = DeviceConstants.of(0.25, 0.5, 2, 2, 1.5);
    ZsCalibrationBudget b = ZsCalibrationBudget.compute(d, 0.3, 0, 0.1);
    assertThat(b.notApplicableRandom()).contains("mu_q < 1/(2 dw_min)");
    assertThat(b.pulsesRequiredRandom()).isEqualTo(ZsCalibrationBudget.NOT_APPLICABLE);
    assertThat(b.minimalDeltaRandom()).isNaN();
    assertThat(b.reachableRandom()).isFalse();
    assertThat(b.notApplicableCyclic()).contains("2 dw_min mu_q < 1");
    assertThat(b.minimalDeltaCyclic()).isNaN();
    refused("device", () -> ZsCalibrationBudget.compute(null, 0.3, 0, 0.1));
  }

  /**
   * cRider = 3, cResidual = 1, cZs = 4, BL = 4, dw_min = 0.25: crossover (3 - 1) 4 0.25 / 4 = 0.5,
   * where both totals are 3 * 4 / 0.25 = 48 = 4 / 0.25 + 4 / (0.5 * 0.25) exactly (RIDER wins at
   * equality); at delta = 0.25, 192 against 128.
   */
  @Test
  void corollary3_9CrossoverIsExactWithNonUnitConstants() {
    Corollary3_9PulseComplexity c = new Corollary3_9PulseComplexity(3, 1, 4, 4);
    assertThat(c.crossoverDelta(0.25)).isEqualTo(0.5);
    assertThat(c.riderPulses(0.5)).isEqualTo(48.0);
    assertThat(c.twoStagePulses(0.5, 0.25)).isEqualTo(48.0);
    assertThat(c.riderWins(0.5, 0.25)).isTrue();
    assertThat(c.riderWins(0.25, 0.25)).isFalse();
    assertThat(c.riderWins(1, 0.25)).isTrue();
    assertThat(new Corollary3_9PulseComplexity(1, 3, 4, 4).crossoverDelta(0.25)).isZero();
  }
}
