package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ZsCalibrationBudgetTest {

  private static final double REL = 1e-12;
  // dw_min = 1e-3, q_min = 0.5, q_max = 1.5, mu_q = 0.5, L_q = 1
  private static final DeviceConstants D = DeviceConstants.of(1e-3, 0.5, 1.5, 0.5, 1);

  @Test
  void handComputedBudget() {
    // e0 = (0 - 0.3)^2 = 0.09. Random: min delta = 2 * 2.25 * 1e-3 / 0.5 = 0.009;
    // N = ceil(ln(2 * 0.09/0.02)/(2 * 0.5 * 1e-3)) = ceil(ln 9 / 1e-3) = ceil(2197.22) = 2198.
    // Cyclic: floor = 1e-3 * 2.25 * (4 + 1/0.5 + 2 * 0.5)/0.5 = 0.0315, min delta 0.063 > 0.02.
    ZsCalibrationBudget b = ZsCalibrationBudget.compute(D, 0.3, 0, 0.02);
    assertThat(b.symmetricPoint()).isEqualTo(0.3);
    assertThat(b.qMin()).isEqualTo(0.5);
    assertThat(b.qMax()).isEqualTo(1.5);
    assertThat(b.muQ()).isEqualTo(0.5);
    assertThat(b.lQ()).isEqualTo(1);
    assertThat(b.minimalDeltaRandom()).isCloseTo(0.009, within(0.009 * REL));
    assertThat(b.minimalDeltaCyclic()).isCloseTo(0.063, within(0.063 * REL));
    assertThat(b.reachableRandom()).isTrue();
    assertThat(b.pulsesRequiredRandom()).isEqualTo(2198);
    assertThat(b.reachableCyclic()).isFalse();
    assertThat(b.pulsesRequiredCyclic()).isEqualTo(ZsCalibrationBudget.NOT_APPLICABLE);
    // delta = 0.1: ln(1.8) = 0.5877867 -> random ceil(587.79) = 588 pulses; cyclic (proof contraction)
    // ceil(0.5877867/(2 * 1e-3 * 0.5)) = 588 cycles = 1176 pulses
    ZsCalibrationBudget wide = ZsCalibrationBudget.compute(D, 0.3, 0, 0.1);
    assertThat(wide.pulsesRequiredRandom()).isEqualTo(588);
    assertThat(wide.pulsesRequiredCyclic()).isEqualTo(1176);
    assertThat(ZsCalibrationBudget.compute(D, 0.3, 0, 0.1, TheoremC4CyclicZsLastIterate.Contraction.AS_PRINTED)
        .pulsesRequiredCyclic()).isEqualTo(588);
  }

  @Test
  void zeroPulsesWhenTheStartIsAlreadyWithinHalfDelta() {
    ZsCalibrationBudget b = ZsCalibrationBudget.compute(D, 0.3, 0.35, 0.1); // e0 = 0.0025 <= 0.05
    assertThat(b.pulsesRequiredRandom()).isZero();
    assertThat(b.pulsesRequiredCyclic()).isZero();
  }

  @Test
  void pulsesFallAsDeltaGrows() {
    long random = Long.MAX_VALUE;
    long cyclic = Long.MAX_VALUE;
    for (double delta = 0.063; delta < 0.2; delta *= 1.05) {
      ZsCalibrationBudget b = ZsCalibrationBudget.compute(D, 0.3, -0.2, delta);
      assertThat(b.pulsesRequiredRandom()).isLessThanOrEqualTo(random);
      assertThat(b.pulsesRequiredCyclic()).isLessThanOrEqualTo(cyclic);
      random = b.pulsesRequiredRandom();
      cyclic = b.pulsesRequiredCyclic();
    }
  }

  @Test
  void componentsAreTheCliJsonKeys() {
    assertThat(Arrays.stream(ZsCalibrationBudget.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("symmetricPoint", "qMin", "qMax", "muQ", "lQ", "pulsesRequiredRandom",
            "pulsesRequiredCyclic", "minimalDeltaRandom", "minimalDeltaCyclic", "reachableRandom",
            "reachableCyclic", "notApplicableRandom", "notApplicableCyclic");
  }

  @Test
  void rejectsBadInputsAndDevicesOutsideTheTheorems() {
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(D, 0.3, 0, 0)).hasMessageContaining("delta");
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(D, Double.NaN, 0, 0.1)).hasMessageContaining("symmetricPoint");
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(D, 0.3, Double.POSITIVE_INFINITY, 0.1))
        .hasMessageContaining("w0");
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(null, 0.3, 0, 0.1)).hasMessageContaining("device");
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(D.withResponse(D.response().withMuQ(-1)), 0.3, 0, 0.1))
        .hasMessageContaining("mu_q > 0");
  }

  /**
   * The HfO2 RRAM preset's dw_min = 0.4622 breaks Theorem C.4's dw_min <= 1/3 but not Theorem C.2's
   * 2 dw_min mu_q < 1 (here 2 * 0.4622 * 0.5 = 0.4622): the random side is computed as for any
   * device, the cyclic side is marked not applicable with the violated condition.
   */
  @Test
  void oneTheoremOutOfItsConditionsLeavesTheOtherIntact() {
    DeviceConstants coarse = D.withDwMin(0.4622);
    ZsCalibrationBudget b = ZsCalibrationBudget.compute(coarse, 0.3, 0, 10);
    assertThat(b.notApplicableRandom()).isNull();
    assertThat(b.minimalDeltaRandom()).isCloseTo(2 * 2.25 * 0.4622 / 0.5, within(1e-12));
    assertThat(b.reachableRandom()).isTrue();
    assertThat(b.notApplicableCyclic()).contains("dw_min <= 1/3");
    assertThat(b.pulsesRequiredCyclic()).isEqualTo(ZsCalibrationBudget.NOT_APPLICABLE);
    assertThat(b.minimalDeltaCyclic()).isNaN();
    assertThat(b.reachableCyclic()).isFalse();
    assertThatThrownBy(() -> ZsCalibrationBudget.compute(D.withResponse(D.response().withMuQ(0)), 0.3, 0, 0.1))
        .hasMessageContaining("mu_q > 0");
  }
}
