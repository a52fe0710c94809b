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
}
