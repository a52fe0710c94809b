package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.response.SoftBoundsResponse;
import org.junit.jupiter.api.Test;

/**
 * {@link PulseRule} against its formula, worked by hand: clip(g +- dwMin s) with s = q (1 + sigma
 * xi) or q + a sigma xi, both bounds, a step reversed by the noise, no draw without noise. The
 * kernels are tested against the rule ({@link PulseKernelsFollowTheRuleTest}); this test is what
 * keeps the rule itself honest.
 */
class PulseRuleTest {

  private static final double EPS = 1e-15;

  private final PulseRule mult = new PulseRule(0.01, 0.3, true);
  private final PulseRule add = new PulseRule(0.01, 0.3, false);

  @Test
  void multiplicativeNoiseScalesTheStep() {
    // up: 0.1 + 0.01 * 0.5 * (1 + 0.3 * 1) = 0.1065; down: 0.1 - 0.01 * 0.5 * (1 - 0.3) = 0.0965
    assertThat(mult.pulse(0.1, true, 0.5, 7, 1, -1, 1)).isCloseTo(0.1065, within(EPS));
    assertThat(mult.pulse(0.1, false, 0.5, 7, -1, -1, 1)).isCloseTo(0.0965, within(EPS));
    assertThat(mult.step(0.5, 7, 2)).isCloseTo(0.8, within(EPS)); // a is not used
  }

  @Test
  void additiveNoiseAddsTheScaledNormal() {
    // up: s = 0.5 + 2 * 0.3 * 1 = 1.1; down: s = 0.5 + 2 * 0.3 * (-0.5) = 0.2
    assertThat(add.pulse(0.1, true, 0.5, 2, 1, -1, 1)).isCloseTo(0.111, within(EPS));
    assertThat(add.pulse(0.1, false, 0.5, 2, -0.5, -1, 1)).isCloseTo(0.098, within(EPS));
  }

  @Test
  void withoutNoiseTheStepIsQExactly() {
    PulseRule none = new PulseRule(0.01, 0, true);
    assertThat(none.drawsNoise()).isFalse();
    assertThat(mult.drawsNoise()).isTrue();
    assertThat(none.step(0.37, 2, 5)).isEqualTo(0.37);
    assertThat(new PulseRule(0.01, 0, false).step(0.37, 2, 5)).isEqualTo(0.37);
    assertThat(none.pulse(0.2, true, 0.37, 1, 5, -1, 1)).isEqualTo(0.2 + 0.01 * 0.37);
  }

  @Test
  void everyPulseEndsWithinTheBoundsOnBothSides() {
    // a step up beyond b_max ends at b_max, a step down below b_min at b_min
    assertThat(mult.pulse(0.099, true, 0.5, 1, 0, -0.1, 0.1)).isEqualTo(0.1);
    assertThat(mult.pulse(-0.099, false, 0.5, 1, 0, -0.1, 0.1)).isEqualTo(-0.1);
    // noise that reverses a step: 1 + 0.3 * (-10) = -2, so an up pulse goes down by 0.01,
    // and is clipped at b_min, not b_max
    assertThat(mult.pulse(-0.095, true, 0.5, 1, -10, -0.1, 0.1)).isEqualTo(-0.1);
    assertThat(mult.pulse(0.095, false, 0.5, 1, -10, -0.1, 0.1)).isEqualTo(0.1);
    // inside the bounds nothing is clipped
    assertThat(mult.pulse(0.0, true, 0.5, 1, 0, -0.1, 0.1)).isCloseTo(0.005, within(EPS));
  }

  @Test
  void aResponseGivesQAndTheBounds() {
    // SoftBounds: q+ = a+ (1 - g / b_max), q- = a- (1 - g / b_min)
    SoftBoundsResponse q = new SoftBoundsResponse(1.2, 0.8, -0.5, 0.5);
    PulseRule none = new PulseRule(0.01, 0, true);
    assertThat(none.pulse(q, 1, 0.25, true, 0)).isCloseTo(0.25 + 0.01 * 1.2 * 0.5, within(EPS));
    assertThat(none.pulse(q, 1, 0.25, false, 0)).isCloseTo(0.25 - 0.01 * 0.8 * 1.5, within(EPS));
    assertThat(none.pulse(q, 1, 0.4999, true, 0)).isLessThanOrEqualTo(0.5);
    assertThat(new PulseRule(1, 0, true).pulse(q, 1, -0.4, false, 0)).isEqualTo(-0.5);
  }
}
