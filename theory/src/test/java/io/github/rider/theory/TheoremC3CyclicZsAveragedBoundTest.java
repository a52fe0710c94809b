package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheoremC3CyclicZsAveragedBoundTest {

  private static final double REL = 1e-12;
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 1, 3);

  @Test
  void handComputedValue() {
    // gap/(2 N dw) = 0.5/(2 * 100 * 0.01) = 0.25; floor = 1.5 * 0.01 * 4 * 3 = 0.18; total 0.43
    assertThat(TheoremC3CyclicZsAveragedBound.bound(D, 0.5, 100)).isCloseTo(0.43, within(0.43 * REL));
    assertThat(TheoremC3CyclicZsAveragedBound.floor(D, 2)).isCloseTo(0.36, within(0.36 * REL));
    // dw^-2 kappa2^-2 = 1e4 / 16
    assertThat(TheoremC3CyclicZsAveragedBound.nominalHorizon(D)).isCloseTo(625, within(625 * REL));
  }

  @Test
  void cyclesRequiredIsTheSmallestSufficientN() {
    for (double delta : new double[] {0.2, 0.3, 1}) {
      long n = TheoremC3CyclicZsAveragedBound.cyclesRequired(D, 0.5, delta, 1).getAsLong();
      assertThat(TheoremC3CyclicZsAveragedBound.bound(D, 0.5, n)).isLessThanOrEqualTo(delta);
      assertThat(n == 1 || TheoremC3CyclicZsAveragedBound.bound(D, 0.5, n - 1) > delta).isTrue();
    }
    assertThat(TheoremC3CyclicZsAveragedBound.cyclesRequired(D, 0.5, 0.18, 1)).isEmpty();
  }

  @Test
  void holdsForTheDeterministicCyclicZsOfALinearDevice() {
    // (1/(2N)) sum_{n<2N} G(w_n)^2 along the exact trajectory (31) against eq. (32)
    LinearDeviceFixture dev = new LinearDeviceFixture(1.2, 0.8, 1.0, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double w0 = dev.sp - 0.45;
    int cycles = 10_000;
    double[] w = dev.cyclicZsTrajectory(w0, cycles);
    double sum = 0;
    for (int n = 1; n <= cycles; n++) {
      for (int i = 2 * n - 2; i < 2 * n; i++) {
        double gi = dev.g() * (w[i] - dev.sp);
        sum += gi * gi;
      }
      assertThat(sum / (2 * n))
          .isLessThanOrEqualTo(TheoremC3CyclicZsAveragedBound.bound(c, dev.potentialGap(w0), n));
    }
  }
}
