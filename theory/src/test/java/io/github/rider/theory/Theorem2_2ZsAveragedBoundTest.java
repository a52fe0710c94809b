package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Theorem2_2ZsAveragedBoundTest {

  /** Relative rounding room for a handful of double operations (a few ulps, far below any effect). */
  private static final double REL = 1e-12;

  // dw_min = 0.01, q_min = 0.5, q_max = 2, mu_q = 1, L_q = 3
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 1, 3);

  @Test
  void handComputedValue() {
    // gap/(N dw) = 0.5/(100 * 0.01) = 0.5; floor = (3/2) * 0.01 * 2^2 = 0.06; total 0.56
    assertThat(Theorem2_2ZsAveragedBound.bound(D, 0.5, 100)).isCloseTo(0.56, within(0.56 * REL));
    // D = 3 multiplies the noise term only: 0.5 + 3 * 0.06 = 0.68
    assertThat(Theorem2_2ZsAveragedBound.bound(D, 0.5, 100, 3)).isCloseTo(0.68, within(0.68 * REL));
    assertThat(Theorem2_2ZsAveragedBound.floor(D, 1)).isCloseTo(0.06, within(0.06 * REL));
  }

  @Test
  void fallsWithNAndTendsToTheFloor() {
    double previous = Double.POSITIVE_INFINITY;
    for (long n = 1; n <= 1_000_000; n *= 10) {
      double b = Theorem2_2ZsAveragedBound.bound(D, 0.5, n);
      assertThat(b).isLessThan(previous);
      previous = b;
    }
    double floor = Theorem2_2ZsAveragedBound.floor(D, 1);
    // the excess over the floor is exactly gap/(N dw), which vanishes as N grows
    assertThat(Theorem2_2ZsAveragedBound.bound(D, 0.5, Long.MAX_VALUE) - floor)
        .isGreaterThanOrEqualTo(0).isLessThan(1e-16);
    assertThat(Theorem2_2ZsAveragedBound.bound(D, 0, 7)).isEqualTo(floor);
  }

  @Test
  void floorRisesWithDwMin() {
    assertThat(Theorem2_2ZsAveragedBound.floor(D.withDwMin(0.02), 1))
        .isGreaterThan(Theorem2_2ZsAveragedBound.floor(D, 1));
  }

  @Test
  void pulsesRequiredIsTheSmallestSufficientN() {
    for (double delta : new double[] {0.061, 0.07, 0.1, 0.5, 3}) {
      long n = Theorem2_2ZsAveragedBound.pulsesRequired(D, 0.5, delta, 1).getAsLong();
      assertThat(Theorem2_2ZsAveragedBound.bound(D, 0.5, n)).isLessThanOrEqualTo(delta);
      if (n > 1) {
        assertThat(Theorem2_2ZsAveragedBound.bound(D, 0.5, n - 1)).isGreaterThan(delta);
      }
    }
  }

  @Test
  void pulsesRequiredFallsAsDeltaGrows() {
    long previous = Long.MAX_VALUE;
    for (double delta = 0.065; delta < 2; delta *= 1.5) {
      long n = Theorem2_2ZsAveragedBound.pulsesRequired(D, 0.5, delta, 1).getAsLong();
      assertThat(n).isLessThanOrEqualTo(previous);
      previous = n;
    }
  }

  @Test
  void deltaAtOrBelowTheFloorIsNotReachable() {
    assertThat(Theorem2_2ZsAveragedBound.pulsesRequired(D, 0.5, 0.06, 1)).isEqualTo(OptionalLong.empty());
    assertThat(Theorem2_2ZsAveragedBound.pulsesRequired(D, 0.5, 0.1, 3)).isEqualTo(OptionalLong.empty());
  }

  @Test
  void holdsForTheExactRandomZsDynamicsOfALinearDevice() {
    // E G(w_n)^2 = g^2 E(w_n - w*)^2 exactly (linear device); compare the running average with (25)
    LinearDeviceFixture dev = new LinearDeviceFixture(1.2, 0.8, 1.0, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double w0 = dev.sp + 0.4;
    double[] m2 = dev.randomZsSecondMoments(w0, 20_000);
    double sum = 0;
    for (int n = 1; n <= 20_000; n++) {
      sum += dev.g() * dev.g() * m2[n - 1];
      assertThat(sum / n).isLessThanOrEqualTo(
          Theorem2_2ZsAveragedBound.bound(c, dev.potentialGap(w0), n));
    }
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> Theorem2_2ZsAveragedBound.bound(D, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N");
    assertThatThrownBy(() -> Theorem2_2ZsAveragedBound.bound(D, Double.NaN, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("potentialGap");
    assertThatThrownBy(() -> Theorem2_2ZsAveragedBound.bound(D, -1, 10))
        .hasMessageContaining("potentialGap");
    assertThatThrownBy(() -> Theorem2_2ZsAveragedBound.bound(D, 1, 10, 0))
        .hasMessageContaining("dimension");
    assertThatThrownBy(() -> Theorem2_2ZsAveragedBound.pulsesRequired(D, 1, 0, 1))
        .hasMessageContaining("delta");
  }
}
