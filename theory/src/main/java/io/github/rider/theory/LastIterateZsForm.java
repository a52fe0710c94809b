package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * The common shape of the last-iterate zero-shifting bounds (Theorems C.2 and C.4): after M pulses
 * E||W_M - W*||^2 &lt;= (1 - r)^M e0 + floor, with a contraction rate r per pulse. Requiring each
 * term to be at most delta/2 and using (1 - r)^M &lt;= exp(-r M) gives the sufficient pulse count
 * M &gt;= log(2 e0/delta)/r, valid when delta &gt;= 2 floor. Not API.
 */
record LastIterateZsForm(double ratePerPulse, double floor) {

  LastIterateZsForm {
    if (!(ratePerPulse > 0 && ratePerPulse <= 1)) {
      throw new IllegalArgumentException("contraction rate per pulse must be in (0, 1], was " + ratePerPulse);
    }
    Require.nonNegative("floor", floor);
  }

  double bound(double e0, long pulses) {
    Require.nonNegative("e0", e0);
    Require.nonNegative("pulses", pulses);
    return Math.pow(1 - ratePerPulse, pulses) * e0 + floor;
  }

  double minimalDelta() {
    return 2 * floor;
  }

  OptionalLong pulsesRequired(double e0, double delta) {
    Require.nonNegative("e0", e0);
    Require.positive("delta", delta);
    if (delta < minimalDelta()) {
      return OptionalLong.empty();
    }
    if (e0 <= delta / 2) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(Require.ceilToLong("pulses required", Math.log(2 * e0 / delta) / ratePerPulse));
  }

  /** The smallest M with bound(e0, M) &lt;= delta, which exists iff delta &gt; floor (or e0 = 0). */
  OptionalLong smallestPulsesMeetingBound(double e0, double delta) {
    Require.nonNegative("e0", e0);
    Require.positive("delta", delta);
    if (e0 + floor <= delta) {
      return OptionalLong.of(0);
    }
    if (delta <= floor) {
      return OptionalLong.empty();
    }
    if (ratePerPulse == 1) {
      return OptionalLong.of(1);
    }
    long m = Require.ceilToLong("pulses", Math.log((delta - floor) / e0) / Math.log1p(-ratePerPulse));
    // guard the last ulp of the logarithms: step until the bound really holds
    while (bound(e0, m) > delta) {
      m++;
    }
    while (m > 0 && bound(e0, m - 1) <= delta) {
      m--;
    }
    return OptionalLong.of(m);
  }
}
