package io.github.rider.theory;

import static io.github.rider.theory.TheoremC4CyclicZsLastIterate.Contraction.AS_PRINTED;
import static io.github.rider.theory.TheoremC4CyclicZsLastIterate.Contraction.PROOF_RECURSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TheoremC4CyclicZsLastIterateTest {

  private static final double REL = 1e-12;
  private static final DeviceConstants D = DeviceConstants.of(0.01, 0.5, 2, 1, 3);

  @Test
  void handComputedValues() {
    // floor = 0.01 * 4 * (4 + 9/1 + 2)/1 = 0.6; minimal delta 1.2
    assertThat(TheoremC4CyclicZsLastIterate.floor(D, 1)).isCloseTo(0.6, within(0.6 * REL));
    assertThat(TheoremC4CyclicZsLastIterate.minimalDelta(D, 1)).isCloseTo(1.2, within(1.2 * REL));
    // e0 = 100, delta = 2: proof contraction N = ceil(ln(100)/(2 * 0.01)) = ceil(230.26) = 231 cycles,
    // printed N = ceil(ln(100)/(4 * 0.01)) = ceil(115.13) = 116 cycles
    assertThat(TheoremC4CyclicZsLastIterate.cyclesRequired(D, 100, 2, 1, PROOF_RECURSION)).hasValue(231);
    assertThat(TheoremC4CyclicZsLastIterate.pulsesRequired(D, 100, 2, 1, PROOF_RECURSION)).hasValue(462);
    assertThat(TheoremC4CyclicZsLastIterate.cyclesRequired(D, 100, 2, 1, AS_PRINTED)).hasValue(116);
    // bound after 231 cycles: 0.99^462 * 100 + 0.6 = exp(462 ln 0.99) * 100 + 0.6 = 0.0962631 * 100 + 0.6
    // = 1.5626311 (evaluated independently with Python's math.exp/log)
    assertThat(TheoremC4CyclicZsLastIterate.bound(D, 100, 231)).isCloseTo(1.5626311, within(1e-7));
  }

  @ParameterizedTest
  @EnumSource(TheoremC4CyclicZsLastIterate.Contraction.class)
  void pluggingCyclesRequiredBackGivesAtMostDelta(TheoremC4CyclicZsLastIterate.Contraction c) {
    for (double e0 : new double[] {0.7, 10, 100}) {
      long previous = Long.MAX_VALUE;
      for (double delta = 1.2; delta < 50; delta *= 1.2) {
        long n = TheoremC4CyclicZsLastIterate.cyclesRequired(D, e0, delta, 1, c).getAsLong();
        assertThat(TheoremC4CyclicZsLastIterate.bound(D, e0, n, 1, c)).isLessThanOrEqualTo(delta);
        assertThat(n).isLessThanOrEqualTo(previous);
        previous = n;
      }
    }
  }

  @Test
  void bothReadingsHoldForTheDeterministicCyclicZsOfALinearDevice() {
    LinearDeviceFixture dev = new LinearDeviceFixture(0.6, 0.5, 1.2, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double w0 = dev.sp + 0.3;
    double e0 = 0.09;
    double[] w = dev.cyclicZsTrajectory(w0, 30_000);
    for (int n = 0; n <= 30_000; n++) {
      double err = (w[2 * n] - dev.sp) * (w[2 * n] - dev.sp);
      assertThat(err).isLessThanOrEqualTo(TheoremC4CyclicZsLastIterate.bound(c, e0, n, 1, AS_PRINTED));
      assertThat(err).isLessThanOrEqualTo(TheoremC4CyclicZsLastIterate.bound(c, e0, n, 1, PROOF_RECURSION));
    }
  }

  @Test
  void droppingTheFloorFailsOnTheDeterministicDynamics() {
    // broken variant: transient only. Cyclic ZS settles on a 2-cycle at O(dw_min) from the SP, so
    // (1 - 2 dw mu)^{2N} e0 -> 0 must fall below the true error at some N.
    LinearDeviceFixture dev = new LinearDeviceFixture(0.6, 0.5, 1.2, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double[] w = dev.cyclicZsTrajectory(dev.sp + 0.3, 30_000);
    boolean violated = false;
    for (int n = 0; n <= 30_000; n++) {
      double transientOnly = Math.pow(1 - 2 * c.dwMin() * c.muQ(), 2 * n) * 0.09;
      violated |= (w[2 * n] - dev.sp) * (w[2 * n] - dev.sp) > transientOnly;
    }
    assertThat(violated).isTrue();
  }

  /** Each condition at exact equality (mu_q = 0, 2 dw_min mu_q = 1) and the dimension, with the value in the message. */
  @Test
  void conditionsAtTheirBoundaries() {
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withResponse(D.response().withMuQ(0)), 1, 1))
        .hasMessageContaining("mu_q > 0");
    // 2 * 0.01 * 50 = 1.0 exactly
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withResponse(D.response().withMuQ(50)), 1, 1))
        .hasMessageContaining("was 1.0");
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withResponse(D.response().withMuQ(60)), 1, 1))
        .hasMessageContaining("was 1.2");
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.floor(D, 0)).hasMessageContaining("dimension");
    // D = 3 devices: three times the floor of one, 1.8
    assertThat(TheoremC4CyclicZsLastIterate.floor(D, 3)).isCloseTo(1.8, within(1.8 * REL));
  }

  @Test
  void conditionsAreChecked() {
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withDwMin(0.34), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dw_min <= 1/3");
    assertThat(TheoremC4CyclicZsLastIterate.bound(D.withDwMin(1.0 / 3), 1, 1)).isFinite();
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withResponse(D.response().withMuQ(-0.1)), 1, 1))
        .hasMessageContaining("mu_q > 0");
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D.withResponse(D.response().withMuQ(60)), 1, 1))
        .hasMessageContaining("2 dw_min mu_q < 1");
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.bound(D, 1, 1, 1, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contraction");
    assertThatThrownBy(() -> TheoremC4CyclicZsLastIterate.cyclesRequired(D, 1, 0, 1, AS_PRINTED))
        .hasMessageContaining("delta");
  }
}
