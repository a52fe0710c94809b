package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Wu et al. 2024 Theorems 2-4, Wu et al. 2025 Theorems 1-6 and Corollary 1, Li et al. 2025. */
class PredecessorBoundsTest {

  private static final double REL = 1e-12;

  @Nested
  class Wu2024 {

    @Test
    void saturationTermAndAsymptoticError() {
      // ||W||_inf = 0.5, tau = 1: (0.25)/(0.75) = 1/3; with a 0 iterate the mean is 1/6
      assertThat(Wu2024AnalogSgd.saturationTerm(new double[] {0.5}, 1)).isCloseTo(1.0 / 3, within(REL));
      assertThat(Wu2024AnalogSgd.saturationTerm(new double[] {0, 0.5}, 1)).isCloseTo(1.0 / 6, within(REL));
      assertThat(Wu2024AnalogSgd.saturationTermUpperBound(0.5, 1)).isCloseTo(1.0 / 3, within(REL));
      // 4 sigma^2 S_K = 4 * 0.25/3
      assertThat(Wu2024AnalogSgd.asymptoticError(0.5, 1.0 / 3)).isCloseTo(1.0 / 3, within(REL));
      // S_K never exceeds its bound when every iterate is within W_max
      assertThat(Wu2024AnalogSgd.saturationTerm(new double[] {0.1, 0.3, 0.49}, 2))
          .isLessThanOrEqualTo(Wu2024AnalogSgd.saturationTermUpperBound(0.49, 2));
      assertThatThrownBy(() -> Wu2024AnalogSgd.saturationTerm(new double[] {1}, 1))
          .hasMessageContaining("< tau");
    }

    @Test
    void theorems2And3() {
      // alpha = sqrt(2/(0.25 * 2 * 100)) = 0.2 <= 1/L = 0.5
      assertThat(Wu2024AnalogSgd.theorem2StepSize(2, 0.5, 2, 100)).isCloseTo(0.2, within(REL));
      assertThatThrownBy(() -> Wu2024AnalogSgd.theorem2StepSize(2, 0.5, 2, 1)).hasMessageContaining("1/L");
      // sqrt(2 * 0.25 * 2/100) = 0.1; / (1 - 0.25) + 4 * 0.25 * 1/3
      assertThat(Wu2024AnalogSgd.theorem2Bound(2, 0.5, 2, 100, 0.5, 1, 1.0 / 3, 1))
          .isCloseTo(0.1 / 0.75 + 1.0 / 3, within(REL));
      assertThat(Wu2024AnalogSgd.theorem3LowerBound(0.5, 1.0 / 3, 0.2, 1)).isCloseTo(1.0 / 3 + 0.2, within(REL));
    }

    @Test
    void tikiTakaTheorem4() {
      // 41 L^2 tau^4 D/(c^2 sigma^2) = 41 at unit values
      assertThat(Wu2024AnalogSgd.tikiTakaPMaxSquared(1, 1, 1, 1, 1)).isCloseTo(41, within(41 * REL));
      assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(41, 1)).isFalse();
      assertThatThrownBy(() -> Wu2024AnalogSgd.tikiTakaBound(1, 1, 1, 100, 41, 1, 1))
          .hasMessageContaining("33 P_max^2 / tau^2 < 1");
      double p2 = Wu2024AnalogSgd.tikiTakaPMaxSquared(1, 1, 1, 1, 100); // 0.0041
      assertThat(Wu2024AnalogSgd.tikiTakaConditionHolds(p2, 1)).isTrue();
      // sqrt(1 * 1e4 * 1/100) = 10; / (1 - 33 * 0.0041)
      assertThat(Wu2024AnalogSgd.tikiTakaBound(1, 100, 1, 100, p2, 1, 1))
          .isCloseTo(10 / (1 - 0.1353), within(1e-9));
    }
  }

  @Nested
  class Wu2025 {

    @Test
    void stationaryPointIsTheMinimiserOfThePenalisedObjective() {
      // f = (h/2)(w - w*)^2, linear response q+- = 1 -+ w/tau (SP 0, R' = 1/tau):
      // f_Sigma = f + Sigma w^2/(2 tau); minimise numerically and compare with W^S
      double h = 2;
      double wStar = 0.7;
      double tau = 0.5;
      double sigma = 0.3;
      double ws = Wu2025ImplicitPenalty.stationaryPoint(h, wStar, 1 / tau, sigma, 0);
      double numeric = new BrentOptimizer(1e-14, 1e-16).optimize(
          new MaxEval(1000), GoalType.MINIMIZE, new SearchInterval(-5, 5),
          new UnivariateObjectiveFunction(
              w -> h / 2 * (w - wStar) * (w - wStar) + Wu2025ImplicitPenalty.linearResponsePenalty(sigma, tau, w)))
          .getPoint();
      // Brent's relative tolerance 1e-14 around |w| ~ 0.5 plus its absolute 1e-16
      assertThat(ws).isCloseTo(numeric, within(1e-8));
      // hand value: 2 * 0.7 / (2 + 0.6) = 0.5384615
      assertThat(ws).isCloseTo(1.4 / 2.6, within(REL));
      // the printed sign is not the minimiser: 1.4 / (2 - 0.6) = 1
      assertThat(Wu2025ImplicitPenalty.stationaryPointAsPrinted(h, wStar, 1 / tau, sigma, 0))
          .isCloseTo(1, within(REL));
    }

    @Test
    void stationaryPointWithNonZeroSpZeroesTheGradient() {
      double[] h = {1, 4};
      double[] wStar = {0.5, -0.2};
      double[] rPrime = {2, 0.5};
      double[] sigma = {0.1, 0.8};
      double[] sp = {0.3, 0.4};
      double[] ws = Wu2025ImplicitPenalty.stationaryPoint(h, wStar, rPrime, sigma, sp);
      for (int i = 0; i < 2; i++) {
        // grad f_Sigma = h (w - w*) + Sigma R'(w - sp) = 0 for linear R
        assertThat(h[i] * (ws[i] - wStar[i]) + sigma[i] * rPrime[i] * (ws[i] - sp[i])).isCloseTo(0, within(REL));
        // W^S lies between W* and the SP
        assertThat(ws[i]).isBetween(Math.min(wStar[i], sp[i]), Math.max(wStar[i], sp[i]));
      }
      assertThat(Wu2025ImplicitPenalty.ratio(0.2, 0.8)).isEqualTo(0.25);
    }

    @Test
    void theorems23And6() {
      double[] g = {0.1, -0.3};
      double[] f = {1, 0.9};
      // max(0.01/1, 0.09/0.9) = 0.1
      assertThat(Wu2025ConvergenceBounds.gOverSqrtFInfNormSquared(g, f)).isCloseTo(0.1, within(REL));
      assertThat(Wu2025ConvergenceBounds.sK(new double[] {0.1, 0.3})).isCloseTo(0.2, within(REL));
      // alpha = (1/2) sqrt(1/(1 * 1 * 1e4)) = 0.005 <= 1/(4 * 1 * 2) = 0.125
      assertThat(Wu2025ConvergenceBounds.theorem2StepSize(1, 1, 1, 10_000, 2)).isCloseTo(0.005, within(REL));
      assertThatThrownBy(() -> Wu2025ConvergenceBounds.theorem2StepSize(1, 1, 1, 1, 2))
          .hasMessageContaining("1/(4 L F_max)");
      // 16 * 4 * sqrt(1e-4) + 8 * 2 * 1 * 0.2 = 0.64 + 3.2
      assertThat(Wu2025ConvergenceBounds.theorem2Bound(1, 1, 1, 10_000, 2, 0.2)).isCloseTo(3.84, within(REL * 4));
      // c * 4 * 0.01 + 24 * 2 * 0.2 = 0.04 + 9.6 with c = 1
      assertThat(Wu2025ConvergenceBounds.theorem3Bound(1, 1, 1, 10_000, 2, 0.2, 1)).isCloseTo(9.64, within(REL * 10));
      // 0.1 * 1 * 1 * sqrt(0.25) / (16 sqrt 2 * 1) = 0.05/(16 sqrt 2)
      assertThat(Wu2025ConvergenceBounds.theorem3Beta(0.1, 1, 1, 0.5, 0.5, 1))
          .isCloseTo(0.05 / (16 * Math.sqrt(2)), within(REL));
      // 8 * 1 * 2 * 4 / 100 = 0.64; 2 * 1 * 2 * 4/(100 * 0.5) = 0.32
      assertThat(Wu2025ConvergenceBounds.theorem6Bound(1, 2, 2, 100)).isCloseTo(0.64, within(REL));
      assertThat(Wu2025ConvergenceBounds.theorem6BoundNoSaturation(1, 2, 2, 100, 0.5)).isCloseTo(0.32, within(REL));
    }

    @Test
    void corollary1GammaCondition() {
      // R_min = 1/32: R_min^{-1/5} = 2
      assertThat(Wu2025ConvergenceBounds.corollary1GammaThreshold(1.0 / 32, 1)).isCloseTo(2, within(REL));
      assertThat(Wu2025ConvergenceBounds.corollary1Holds(2.1, 1.0 / 32, 1)).isTrue();
      assertThat(Wu2025ConvergenceBounds.corollary1Holds(1.9, 1.0 / 32, 1)).isFalse();
    }

    @Test
    void theorem4PulseUpdateError() {
      assertThat(Wu2025PulseUpdateError.bitLength(0.0105, 0.001)).isEqualTo(11);
      assertThat(Wu2025PulseUpdateError.bitLength(-0.0021, 0.001)).isEqualTo(3);
      assertThat(Wu2025PulseUpdateError.bitLength(0, 0.001)).isZero();
      // 1 * 1e-3 + 1 * 1e-4 + 1 * sqrt(1e-3 * 1e-2) * 0.5 = 1e-3 + 1e-4 + 0.5e-2.5
      assertThat(Wu2025PulseUpdateError.residual(0.01, 1e-3, 0.5, 1, 1, 1))
          .isCloseTo(1e-3 + 1e-4 + 0.5 * Math.sqrt(1e-5), within(REL));
      // the residual relative to |dw| vanishes as dw -> 0 with dw_min = dw^2, no c2c noise
      double previous = Double.POSITIVE_INFINITY;
      for (double dw = 1e-1; dw > 1e-6; dw /= 10) {
        double ratio = Wu2025PulseUpdateError.residual(dw, dw * dw, 0, 1, 1, 1) / dw;
        assertThat(ratio).isLessThan(previous);
        previous = ratio;
      }
      assertThat(previous).isLessThan(1e-4);
    }
  }

  @Nested
  class Li2025 {

    @Test
    void floorOfASequence() {
      // R_T = mean of 2L/(1 - w^2/tau^2): (2 + 2/0.75)/2 = 2.3333
      double rT = Li2025QuantisationFloor.rT(new double[] {0, 0.5}, 1, 1);
      assertThat(rT).isCloseTo((2 + 2 / 0.75) / 2, within(REL));
      // sigma^2 S_T + R_T dw = 0.25 * (1/6) + 2.3333 * 1e-3
      double sT = Wu2024AnalogSgd.saturationTerm(new double[] {0, 0.5}, 1);
      assertThat(Li2025QuantisationFloor.floor(0.5, sT, rT, 1e-3)).isCloseTo(0.25 / 6 + rT * 1e-3, within(REL));
      assertThatThrownBy(() -> Li2025QuantisationFloor.rT(new double[] {2}, 1, 1)).hasMessageContaining("< tau");
      assertThatThrownBy(() -> Li2025QuantisationFloor.floor(0.5, sT, rT, 0)).hasMessageContaining("dwMin");
    }
  }
}
