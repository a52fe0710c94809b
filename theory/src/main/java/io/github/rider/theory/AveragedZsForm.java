package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * The common shape of the averaged zero-shifting bounds (Theorems 2.2 and C.3): the average of
 * E||G(W_n)||^2 is at most gap/(s N dw_min) + floor, with s = 1 pulse per step (random ZS) or
 * s = 2 (cyclic ZS, N down/up cycles). Not API.
 */
record AveragedZsForm(double pulsesPerStep, double dwMin, double floor) {

  double bound(double potentialGap, long steps) {
    Require.nonNegative("potentialGap (phi(W0) - phi*)", potentialGap);
    Require.positive("N", steps);
    return potentialGap / (pulsesPerStep * steps * dwMin) + floor;
  }

  /** The smallest N with bound(gap, N) &lt;= delta; empty when delta &lt;= floor (unreachable). */
  OptionalLong stepsRequired(double potentialGap, double delta) {
    Require.nonNegative("potentialGap (phi(W0) - phi*)", potentialGap);
    Require.positive("delta", delta);
    if (delta <= floor) {
      return OptionalLong.empty();
    }
    long n = Require.ceilToLong("N", potentialGap / (pulsesPerStep * dwMin * (delta - floor)));
    return OptionalLong.of(Math.max(1, n));
  }
}
