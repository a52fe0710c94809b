package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The last-iterate form (1 - r)^M e0 + floor of Theorems C.2 and C.4 with dyadic constants, so every
 * value below is exact in binary floating point and each boundary is probed at equality.
 */
class LastIterateZsFormTest {

  /** r = 1/4, floor = 1/8: bound(e0, M) = (3/4)^M e0 + 1/8. */
  private static final LastIterateZsForm QUARTER = new LastIterateZsForm(0.25, 0.125);
  /** r = 1/2, floor = 1/4: bound(e0, M) = e0/2^M + 1/4. */
  private static final LastIterateZsForm HALF = new LastIterateZsForm(0.5, 0.25);

  @Test
  void boundAndMinimalDeltaByHand() {
    // (3/4)^2 * 3 + 1/8 = 27/16 + 2/16 = 29/16
    assertThat(QUARTER.bound(3, 2)).isEqualTo(1.8125);
    assertThat(QUARTER.bound(3, 0)).isEqualTo(3.125);
    assertThat(QUARTER.minimalDelta()).isEqualTo(0.25);
    assertThatThrownBy(() -> QUARTER.bound(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QUARTER.bound(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rateMustLieInTheHalfOpenUnitInterval() {
    assertThat(new LastIterateZsForm(1, 0).ratePerPulse()).isEqualTo(1);
    assertThat(new LastIterateZsForm(Double.MIN_VALUE, 0).floor()).isZero();
    for (double r : new double[] {0, -0.5, Math.nextUp(1.0), Double.NaN}) {
      assertThatThrownBy(() -> new LastIterateZsForm(r, 0)).as("rate %s", r)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new LastIterateZsForm(0.5, -1e-300)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pulsesRequiredByHand() {
    // M = ceil(log(2 e0/delta)/r): e0 = 4, delta = 1/2: log(16)/(1/4) = 11.09 -> 12
    assertThat(QUARTER.pulsesRequired(4, 0.5)).hasValue(12);
    // e0 = 0.3, delta = 1/2 (e0 just above delta/2): log(1.2)/(1/4) = 0.729 -> 1
    assertThat(QUARTER.pulsesRequired(0.3, 0.5)).hasValue(1);
    // e0 = delta/2 exactly: no pulse needed
    assertThat(QUARTER.pulsesRequired(0.25, 0.5)).hasValue(0);
    // delta = 2 floor exactly is allowed, one ulp below is not
    // log(8)/(1/4) = 8.318 -> 9
    assertThat(QUARTER.pulsesRequired(1, 0.25)).hasValue(9);
    assertThat(QUARTER.pulsesRequired(1, Math.nextDown(0.25))).isEmpty();
    assertThatThrownBy(() -> QUARTER.pulsesRequired(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QUARTER.pulsesRequired(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void smallestPulsesMeetingBoundAtItsEnds() {
    // e0 + floor = 3.25: met with no pulse at equality, one pulse (bound 1.75) just below
    assertThat(HALF.smallestPulsesMeetingBound(3, 3.25)).hasValue(0);
    assertThat(HALF.smallestPulsesMeetingBound(3, Math.nextDown(3.25))).hasValue(1);
    // delta = floor is never met; delta = floor + 2^-10 needs 3/2^M <= 2^-10, M = 12
    assertThat(HALF.smallestPulsesMeetingBound(3, 0.25)).isEmpty();
    assertThat(HALF.smallestPulsesMeetingBound(3, 0.25 + 0x1p-10)).hasValue(12);
    // e0 = 0 meets any delta >= floor at once, delta = floor included
    assertThat(HALF.smallestPulsesMeetingBound(0, 0.25)).hasValue(0);
    // r = 1: one pulse reaches the floor
    assertThat(new LastIterateZsForm(1, 0.25).smallestPulsesMeetingBound(3, 0.5)).hasValue(1);
    assertThatThrownBy(() -> HALF.smallestPulsesMeetingBound(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HALF.smallestPulsesMeetingBound(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void smallestPulsesMeetingBoundWhenTheBoundIsMetExactly() {
    // delta = e0/2^M + 1/4 exactly: the answer is M (bound(M) = delta), and M + 1 one ulp below;
    // over many M the logarithms' ratio lands on both sides of the integer
    for (double e0 : new double[] {3, 5, 0.75}) {
      for (int m = 1; m <= 40; m++) {
        double delta = HALF.bound(e0, m);
        assertThat(delta).isEqualTo(Math.scalb(e0, -m) + 0.25);
        assertThat(HALF.smallestPulsesMeetingBound(e0, delta)).as("e0 %s, M %d", e0, m).hasValue(m);
        assertThat(HALF.smallestPulsesMeetingBound(e0, Math.nextDown(delta))).as("e0 %s, below M %d", e0, m)
            .hasValue(m + 1);
      }
    }
  }

  @Test
  void smallestPulsesMeetingBoundWithNoFloor() {
    // floor 0: bound(1, M) = 2^-M; delta = 2^-m is met at m, one ulp below it at m + 1 (there the
    // logarithms' ratio rounds to m, the start of the search falls short by one)
    LastIterateZsForm noFloor = new LastIterateZsForm(0.5, 0);
    for (int m = 1; m <= 60; m++) {
      double delta = Math.scalb(1.0, -m);
      assertThat(noFloor.smallestPulsesMeetingBound(1, delta)).as("M %d", m).hasValue(m);
      assertThat(noFloor.smallestPulsesMeetingBound(1, Math.nextDown(delta))).as("below M %d", m).hasValue(m + 1);
    }
  }
}
