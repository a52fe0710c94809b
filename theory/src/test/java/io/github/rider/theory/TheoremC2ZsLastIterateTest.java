package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheoremC2ZsLastIterateTest {

  private static final double REL = 1e-12;
  // dw_min = 0.01, q_min = 0.5, q_max = 2, mu_q = 1, L_q = 3
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 1, 3);

  @Test
  void handComputedValues() {
    // factor 1 - 2 * 0.01 * 1 = 0.98; floor = 0.01 * 4 / 1 = 0.04; 0.98^50 = exp(50 ln 0.98) = 0.3641697
    assertThat(TheoremC2ZsLastIterate.contractionFactor(D)).isCloseTo(0.98, within(REL));
    assertThat(TheoremC2ZsLastIterate.floor(D, 1)).isCloseTo(0.04, within(0.04 * REL));
    assertThat(TheoremC2ZsLastIterate.minimalDelta(D, 1)).isCloseTo(0.08, within(0.08 * REL));
    assertThat(TheoremC2ZsLastIterate.bound(D, 1, 50)).isCloseTo(0.4041697, within(1e-7));
    // N = ceil(log(2 * 1/0.1) / (2 * 1 * 0.01)) = ceil(2.9957323/0.02) = ceil(149.79) = 150
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 1, 0.1)).hasValue(150);
  }

  @Test
  void fallsWithNRisesWithDwMinAndLeavesExactlyTheFloor() {
    for (long n = 0; n < 1000; n += 37) {
      assertThat(TheoremC2ZsLastIterate.bound(D, 1, n + 1)).isLessThan(TheoremC2ZsLastIterate.bound(D, 1, n));
    }
    assertThat(TheoremC2ZsLastIterate.bound(D, 1, Long.MAX_VALUE)).isEqualTo(TheoremC2ZsLastIterate.floor(D, 1));
    assertThat(TheoremC2ZsLastIterate.floor(D.withDwMin(0.02), 1)).isGreaterThan(TheoremC2ZsLastIterate.floor(D, 1));
    // at a large N (transient gone) the whole bound rises with dw_min
    assertThat(TheoremC2ZsLastIterate.bound(D.withDwMin(0.02), 1, 100_000))
        .isGreaterThan(TheoremC2ZsLastIterate.bound(D, 1, 100_000));
  }

  @Test
  void pluggingPulsesRequiredBackGivesAtMostDelta() {
    for (double e0 : new double[] {0.05, 1, 25}) {
      for (double delta = 0.08; delta < 10; delta *= 1.3) {
        var n = TheoremC2ZsLastIterate.pulsesRequired(D, e0, delta);
        assertThat(n).isPresent();
        assertThat(TheoremC2ZsLastIterate.bound(D, e0, n.getAsLong())).isLessThanOrEqualTo(delta);
        // the bound itself is met no later than the theorem's sufficient N
        assertThat(TheoremC2ZsLastIterate.smallestPulsesMeetingBound(D, e0, delta, 1).getAsLong())
            .isLessThanOrEqualTo(n.getAsLong());
      }
    }
  }

  @Test
  void pulsesRequiredFallsAsDeltaGrowsAndIsZeroWhenAlreadyClose() {
    long previous = Long.MAX_VALUE;
    for (double delta = 0.08; delta < 3; delta *= 1.1) {
      long n = TheoremC2ZsLastIterate.pulsesRequired(D, 1, delta).getAsLong();
      assertThat(n).isLessThanOrEqualTo(previous);
      previous = n;
    }
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 0.05, 0.1)).hasValue(0);
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 0, 0.1)).hasValue(0);
  }

  @Test
  void deltaBelowTheMinimumIsNotReachable() {
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 1, 0.0799)).isEmpty();
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 1, 0.08)).isPresent();
    // with D = 2 devices the minimum doubles
    assertThat(TheoremC2ZsLastIterate.pulsesRequired(D, 1, 0.1, 2)).isEmpty();
  }

  @Test
  void holdsForTheExactRandomZsDynamicsOfALinearDevice() {
    LinearDeviceFixture dev = new LinearDeviceFixture(0.6, 0.5, 1.2, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double e0 = 0.09;
    double[] m2 = dev.randomZsSecondMoments(dev.sp + 0.3, 50_000);
    for (int n = 0; n <= 50_000; n++) {
      assertThat(m2[n]).isLessThanOrEqualTo(TheoremC2ZsLastIterate.bound(c, e0, n));
    }
  }

  @Test
  void aTooFastContractionFailsOnTheExactDynamics() {
    // broken variant: (1 - 4 dw mu_q)^N e0 + floor. Equal slopes (g = mu_q) make the true transient
    // decay like (1 - dw mu_q)^{2N}, so the broken bound must fall below E(w_N - w*)^2 somewhere.
    LinearDeviceFixture dev = new LinearDeviceFixture(0.5, 0.5, 1.0, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double e0 = 0.09;
    double[] m2 = dev.randomZsSecondMoments(dev.sp + 0.3, 5_000);
    boolean violated = false;
    for (int n = 0; n <= 5_000; n++) {
      double broken = Math.pow(1 - 4 * c.dwMin() * c.muQ(), n) * e0 + TheoremC2ZsLastIterate.floor(c, 1);
      violated |= m2[n] > broken;
    }
    assertThat(violated).isTrue();
  }

  @Test
  void conditionsAreChecked() {
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.bound(D.withResponse(D.response().withMuQ(0)), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mu_q > 0");
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.bound(D.withResponse(D.response().withMuQ(50)), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mu_q < 1/(2 dw_min)");
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.bound(D, -1, 1)).hasMessageContaining("e0");
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.bound(D, Double.NaN, 1)).hasMessageContaining("e0");
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.pulsesRequired(D, 1, -0.1)).hasMessageContaining("delta");
    assertThatThrownBy(() -> TheoremC2ZsLastIterate.pulsesRequired(D, 1, Double.NaN)).hasMessageContaining("delta");
  }
}
