package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.theory.RiderMeanFieldStep.Device;
import io.github.rider.theory.RiderMeanFieldStep.Moments;
import io.github.rider.theory.RiderMeanFieldStep.State;
import io.github.rider.theory.RiderMeanFieldStep.StepMoments;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class RiderMeanFieldStepTest {

  // P: linear device (103) with alpha+ = 0.6, alpha- = 0.5, tau_max = 1.2, tau_min = 1.0;
  // at P = 0.2: q+ = 0.6 (1 - 0.2/1.2) = 0.5, q- = 0.5 (1 + 0.2) = 0.6, F_p = 0.55, G_p = 0.05
  private static final Device P_DEV = Device.linear(0.6, 0.5, 1.2, 1.0);
  // W: alpha+ = 1.1, alpha- = 0.9, tau = 2; at W = 0.1: q+ = 1.1 * 0.95 = 1.045, q- = 0.9 * 1.05 = 0.945
  private static final Device W_DEV = Device.linear(1.1, 0.9, 2.0, 2.0);
  private static final RiderStepSizes STEPS = new RiderStepSizes(0.1, 0.05, 0.2, 0.5);
  private static final State S = new State(0.1, 0.2, 0.05);

  @Test
  void deviceResponseByHand() {
    assertThat(P_DEV.f(0.2)).isCloseTo(0.55, within(1e-15));
    assertThat(P_DEV.g(0.2)).isCloseTo(0.05, within(1e-15));
    assertThat(W_DEV.f(0.1)).isCloseTo(0.995, within(1e-15));
    assertThat(W_DEV.g(0.1)).isCloseTo(-0.05, within(1e-15));
    assertThat(S.mixedWeight(0.5)).isCloseTo(0.175, within(1e-15));
    // built inside the test (the constants above are built once, before any test runs):
    // alpha+ = 0.8, alpha- = 0.3, tau_max = 1.6, tau_min = 0.6 at w = 0.4: q+ = 0.6, q- = 0.5
    Device d = Device.linear(0.8, 0.3, 1.6, 0.6);
    assertThat(d.f(0.4)).isCloseTo(0.55, within(1e-15));
    assertThat(d.g(0.4)).isCloseTo(-0.05, within(1e-15));
  }

  @Test
  void positiveGradientByHand() {
    // P' = 0.2 - 0.1 * 2 * 0.55 - 0.1 * 2 * 0.05 = 0.08 (= 0.2 - 0.1 q- 2); Q' = 0.8 * 0.05 + 0.2 * 0.08 = 0.056;
    // x = 0.03 >= 0: W' = 0.1 + 0.05 * 0.03 * 0.995 + 0.05 * 0.03 * 0.05 = 0.1 + 0.05 q+ 0.03 = 0.1015675
    State n = RiderMeanFieldStep.next(S, 2, P_DEV, W_DEV, STEPS);
    assertThat(n.p()).isCloseTo(0.08, within(1e-15));
    assertThat(n.q()).isCloseTo(0.056, within(1e-15));
    assertThat(n.w()).isCloseTo(0.1015675, within(1e-15));
  }

  @Test
  void negativeGradientByHand() {
    // P' = 0.2 + 0.1 q+ = 0.25; Q' = 0.04 + 0.05 = 0.09; x = 0.2: W' = 0.1 + 0.05 * 1.045 * 0.2 = 0.11045
    State n = RiderMeanFieldStep.next(S, -1, P_DEV, W_DEV, STEPS);
    assertThat(n.p()).isCloseTo(0.25, within(1e-15));
    assertThat(n.q()).isCloseTo(0.09, within(1e-15));
    assertThat(n.w()).isCloseTo(0.11045, within(1e-15));
  }

  @Test
  void negativeResidualUsesTheDownResponseOfW() {
    // g = 3: P' = 0.2 - 0.1 * 0.6 * 3 = 0.02, x = -0.03 < 0: W' = 0.1 - 0.05 * 0.945 * 0.03 = 0.0985825
    State n = RiderMeanFieldStep.next(S, 3, P_DEV, W_DEV, STEPS);
    assertThat(n.p()).isCloseTo(0.02, within(1e-15));
    assertThat(n.w()).isCloseTo(0.0985825, within(1e-15));
  }

  @Test
  void zeroMeanGradientMomentsByHand() {
    // m = 0, s = 0.4: E P' = 0.2 - alpha G_p E|g| with E|g| = 0.4 sqrt(2/pi);
    // Var P' = alpha^2 s^2 ((q+^2 + q-^2)/2 - (q- - q+)^2/(2 pi)) = 0.0016 (0.305 - 0.01/(2 pi))
    StepMoments m = RiderMeanFieldStep.moments(S, 0, 0.4, P_DEV, W_DEV, STEPS);
    double eAbsG = 0.4 * Math.sqrt(2 / Math.PI);
    double meanP = 0.2 - 0.1 * 0.05 * eAbsG;
    double varP = 0.0016 * (0.305 - 0.01 / (2 * Math.PI));
    assertThat(m.p().mean()).isCloseTo(meanP, within(1e-15));
    assertThat(m.p().variance()).isCloseTo(varP, within(1e-15));
    assertThat(m.p().sd()).isCloseTo(Math.sqrt(varP), within(1e-15));
    assertThat(m.p().lipschitz()).isCloseTo(0.1 * 0.6 * 0.4, within(1e-15));
    // Q' = 0.8 Q + 0.2 P'
    assertThat(m.q().mean()).isCloseTo(0.04 + 0.2 * meanP, within(1e-15));
    assertThat(m.q().variance()).isCloseTo(0.04 * varP, within(1e-16));
    assertThat(m.q().lipschitz()).isCloseTo(0.2 * 0.024, within(1e-15));
    // W' Lipschitz: beta max(q+_w, q-_w) alpha max(q+_p, q-_p) s = 0.05 * 1.045 * 0.024
    assertThat(m.w().lipschitz()).isCloseTo(0.05 * 1.045 * 0.024, within(1e-15));
  }

  @Test
  void farFromTheKinksTheStepIsLinearInTheGradient() {
    // m/s = 500: g > 0 and x > 0 almost surely; P' = P - alpha q- g, W' = W + beta q+_w (P' - Q)
    StepMoments m = RiderMeanFieldStep.moments(new State(0.1, 0.2, -1), 5, 0.01, P_DEV, W_DEV, STEPS);
    assertThat(m.p().mean()).isCloseTo(0.2 - 0.1 * 0.6 * 5, within(1e-15));
    assertThat(m.p().variance()).isCloseTo(Math.pow(0.1 * 0.6 * 0.01, 2), within(1e-18));
    assertThat(m.w().mean()).isCloseTo(0.1 + 0.05 * 1.045 * (0.2 - 0.3 + 1), within(1e-15));
    assertThat(m.w().variance()).isCloseTo(Math.pow(0.05 * 1.045 * 0.1 * 0.6 * 0.01, 2), within(1e-20));
  }

  @Test
  void noiseFreeMomentsAreTheStepAndSmallNoiseTendsToIt() {
    State n = RiderMeanFieldStep.next(S, 0.7, P_DEV, W_DEV, STEPS);
    StepMoments exact = RiderMeanFieldStep.moments(S, 0.7, 0, P_DEV, W_DEV, STEPS);
    assertThat(exact.w().mean()).isEqualTo(n.w());
    assertThat(exact.p().mean()).isEqualTo(n.p());
    assertThat(exact.q().mean()).isEqualTo(n.q());
    assertThat(exact.p().variance()).isZero();
    StepMoments near = RiderMeanFieldStep.moments(S, 0.7, 1e-9, P_DEV, W_DEV, STEPS);
    assertThat(near.w().mean()).isCloseTo(n.w(), within(1e-12));
    assertThat(near.p().mean()).isCloseTo(n.p(), within(1e-12));
    assertThat(near.q().mean()).isCloseTo(n.q(), within(1e-12));
  }

  /**
   * Against the recursion itself integrated numerically: composite Simpson over z in [-12, 12] with
   * step 1e-4 (the kinks cost O(h^2) ~ 1e-8 of a slope ~ 0.02: below 1e-9), at a state where both
   * kinks (g = 0 and x = 0) lie in the bulk of the noise.
   */
  @Test
  void momentsMatchTheRecursionIntegratedOverTheGaussian() {
    State s = new State(0.1, 0.2, 0.19);
    for (double m : new double[] {-0.3, 0, 0.1, 0.25}) {
      StepMoments exact = RiderMeanFieldStep.moments(s, m, 0.4, P_DEV, W_DEV, STEPS);
      check(exact.w(), st -> st.w(), s, m);
      check(exact.p(), st -> st.p(), s, m);
      check(exact.q(), st -> st.q(), s, m);
    }
  }

  /**
   * As above with P &lt; Q: x = P' - Q changes sign at g = (P - Q)/(alpha q+_p) &lt; 0, so W's kink lies
   * on the g &lt; 0 piece of P' (the lower, half-infinite piece of the z axis).
   */
  @Test
  void momentsMatchTheRecursionWhenWsKinkIsOnTheNegativeGradientSide() {
    // P - Q = -0.05, alpha q+_p = 0.05: the kink is at g = -1
    State s = new State(0.1, 0.2, 0.25);
    for (double m : new double[] {-1.2, -0.9, -0.3}) {
      StepMoments exact = RiderMeanFieldStep.moments(s, m, 0.4, P_DEV, W_DEV, STEPS);
      check(exact.w(), st -> st.w(), s, m);
      check(exact.p(), st -> st.p(), s, m);
      check(exact.q(), st -> st.q(), s, m);
    }
  }

  @Test
  void noiseBelowResolutionIsTheDeterministicStep() {
    // s = 4.9e-324: m/s overflows, the whole z axis is one piece of slope 0 (both infinite ends)
    for (double g : new double[] {0.7, 3}) {
      State n = RiderMeanFieldStep.next(S, g, P_DEV, W_DEV, STEPS);
      StepMoments tiny = RiderMeanFieldStep.moments(S, g, Double.MIN_VALUE, P_DEV, W_DEV, STEPS);
      assertThat(tiny.w().mean()).as("g = %s", g).isCloseTo(n.w(), within(1e-15));
      assertThat(tiny.p().mean()).isCloseTo(n.p(), within(1e-15));
      assertThat(tiny.q().mean()).isCloseTo(n.q(), within(1e-15));
      assertThat(tiny.w().variance()).isZero();
    }
  }

  private static void check(Moments exact, ToDoubleFunction<State> coord, State s, double m) {
    double mean = simpson(z -> coord.applyAsDouble(RiderMeanFieldStep.next(s, m + 0.4 * z, P_DEV, W_DEV, STEPS)));
    double var = simpson(z -> {
      double d = coord.applyAsDouble(RiderMeanFieldStep.next(s, m + 0.4 * z, P_DEV, W_DEV, STEPS)) - mean;
      return d * d;
    });
    assertThat(exact.mean()).as("mean at m = " + m).isCloseTo(mean, within(1e-9));
    assertThat(exact.variance()).as("variance at m = " + m).isCloseTo(var, within(1e-9));
  }

  private static double simpson(java.util.function.DoubleUnaryOperator y) {
    int n = 240_000;
    double a = -12;
    double h = 24.0 / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double z = a + i * h;
      double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
      sum += w * y.applyAsDouble(z) * Math.exp(-0.5 * z * z);
    }
    return sum * h / 3 / Math.sqrt(2 * Math.PI);
  }
}
