package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LinearDeviceConstantsTest {

  private static final double REL = 1e-12;

  @Test
  void symmetricPointEqualisesTheResponsesOnRandomDevices() {
    // deterministic property, seeded examples (false-failure probability 0)
    RandomGenerator rng = LinearDeviceFixture.random(103);
    for (int i = 0; i < 1000; i++) {
      double gamma = Math.exp(0.3 * rng.nextGaussian());
      double rho = 0.2 * rng.nextGaussian();
      double aPlus = Math.max(gamma + rho, 0.05);
      double aMinus = Math.max(gamma - rho, 0.05);
      double tauMax = rng.nextDouble(0.5, 2);
      double tauMin = rng.nextDouble(0.5, 2);
      double sp = LinearDeviceConstants.symmetricPoint(aPlus, aMinus, tauMax, tauMin);
      assertThat(LinearDeviceConstants.qPlus(aPlus, tauMax, sp))
          .isCloseTo(LinearDeviceConstants.qMinus(aMinus, tauMin, sp), within(REL));
    }
  }

  @Test
  void handComputedConstants() {
    // a+ = 1.2, a- = 0.8, tau_max = tau_min = 1: SP = 0.4/2 = 0.2; mu_q = 0.8; L_q = 1
    assertThat(LinearDeviceConstants.symmetricPoint(1.2, 0.8, 1, 1)).isCloseTo(0.2, within(REL));
    assertThat(LinearDeviceConstants.muQ(1.2, 0.8, 1, 1)).isCloseTo(0.8, within(REL));
    assertThat(LinearDeviceConstants.lQ(1.2, 0.8, 1, 1)).isCloseTo(1, within(REL));
    // on [-0.5, 0.5]: q+ in [0.6, 1.8], q- in [0.4, 1.2] -> q_min = 0.4, q_max = 1.8
    ResponseConstants r = LinearDeviceConstants.responseConstants(1.2, 0.8, 1, 1, -0.5, 0.5);
    assertThat(r.qMin()).isCloseTo(0.4, within(REL));
    assertThat(r.qMax()).isCloseTo(1.8, within(REL));
    assertThatThrownBy(() -> LinearDeviceConstants.responseConstants(1.2, 0.8, 1, 1, -1, 0.5))
        .hasMessageContaining("qMin must be > 0");
    assertThatThrownBy(() -> LinearDeviceConstants.symmetricPoint(1, 1, 0, 1)).hasMessageContaining("tauMax");
  }

  // Asymmetric device with no unit factor: a+ = 1.5, a- = 0.5, tau_max = 2, tau_min = 0.25,
  // so a+/tau_max = 0.75 and a-/tau_min = 2 (all binary fractions: the hand values are exact).
  private static final double AP = 1.5;
  private static final double AM = 0.5;
  private static final double TMAX = 2;
  private static final double TMIN = 0.25;

  @Test
  void responsesOfEq103ByHand() {
    assertThat(LinearDeviceConstants.qPlus(AP, TMAX, 0.5)).isEqualTo(1.125); // 1.5 (1 - 0.25)
    assertThat(LinearDeviceConstants.qPlus(AP, TMAX, -1)).isEqualTo(2.25); // 1.5 (1 + 0.5)
    assertThat(LinearDeviceConstants.qMinus(AM, TMIN, 0.5)).isEqualTo(1.5); // 0.5 (1 + 2)
    assertThat(LinearDeviceConstants.qMinus(AM, TMIN, -0.125)).isEqualTo(0.25); // 0.5 (1 - 0.5)
  }

  @Test
  void constantsOfAnAsymmetricDeviceByHand() {
    // w* = (1.5 - 0.5)/(0.75 + 2) = 4/11; as printed in (104): 1/(0.75 - 2) = -0.8
    assertThat(LinearDeviceConstants.symmetricPoint(AP, AM, TMAX, TMIN)).isCloseTo(4.0 / 11, within(REL));
    assertThat(LinearDeviceConstants.symmetricPointAsPrintedEq104(AP, AM, TMAX, TMIN))
        .isCloseTo(-0.8, within(REL));
    // mu_q = min(0.75, 2), and with the taus exchanged min(6, 0.25): each side of the min
    assertThat(LinearDeviceConstants.muQ(AP, AM, TMAX, TMIN)).isEqualTo(0.75);
    assertThat(LinearDeviceConstants.muQ(AP, AM, TMIN, TMAX)).isEqualTo(0.25);
    // L_q = (0.75 + 2)/2 and (6 + 0.25)/2
    assertThat(LinearDeviceConstants.lQ(AP, AM, TMAX, TMIN)).isEqualTo(1.375);
    assertThat(LinearDeviceConstants.lQ(AP, AM, TMIN, TMAX)).isEqualTo(3.125);
  }

  @Test
  void responseConstantsTakeEachSideOfMinAndMax() {
    // [-0.125, 0.5]: q_min = min(q+(0.5) = 1.125, q-(-0.125) = 0.25), q_max = max(q+(-0.125) = 1.59375, q-(0.5) = 1.5)
    ResponseConstants a = LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, -0.125, 0.5);
    assertThat(a).isEqualTo(new ResponseConstants(0.25, 1.59375, 0.75, 1.375));
    // [0, 1.5]: q_min = min(q+(1.5) = 0.375, q-(0) = 0.5), q_max = max(q+(0) = 1.5, q-(1.5) = 3.5)
    ResponseConstants b = LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, 0, 1.5);
    assertThat(b).isEqualTo(new ResponseConstants(0.375, 3.5, 0.75, 1.375));
  }

  @Test
  void operatingIntervalClosedAtOnePoint() {
    // wLow = wHigh = 0.5 is allowed: q_min = min(1.125, q-(0.5) = 1.5), q_max = max(1.125, 1.5)
    assertThat(LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, 0.5, 0.5))
        .isEqualTo(new ResponseConstants(1.125, 1.5, 0.75, 1.375));
    assertThatThrownBy(
            () -> LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, Math.nextUp(0.5), 0.5))
        .hasMessageContaining("wLow must be <= wHigh");
    assertThatThrownBy(() -> LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, Double.NaN, 0.5))
        .hasMessageContaining("wLow");
    assertThatThrownBy(
            () -> LinearDeviceConstants.responseConstants(AP, AM, TMAX, TMIN, 0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("wHigh");
  }

  @Test
  void everyConstantRefusesANonPositiveDeviceParameter() {
    String[] names = {"aPlus", "aMinus", "tauMax", "tauMin"};
    for (int k = 0; k < names.length; k++) {
      for (double bad : new double[] {0, -0.5}) {
        double[] v = {AP, AM, TMAX, TMIN};
        v[k] = bad;
        String name = names[k];
        assertThatThrownBy(() -> LinearDeviceConstants.symmetricPoint(v[0], v[1], v[2], v[3]))
            .hasMessageContaining(name);
        assertThatThrownBy(() -> LinearDeviceConstants.symmetricPointAsPrintedEq104(v[0], v[1], v[2], v[3]))
            .hasMessageContaining(name);
        assertThatThrownBy(() -> LinearDeviceConstants.muQ(v[0], v[1], v[2], v[3])).hasMessageContaining(name);
        assertThatThrownBy(() -> LinearDeviceConstants.lQ(v[0], v[1], v[2], v[3])).hasMessageContaining(name);
        assertThatThrownBy(() -> LinearDeviceConstants.responseConstants(v[0], v[1], v[2], v[3], 0, 0.1))
            .hasMessageContaining(name);
      }
    }
  }
}
