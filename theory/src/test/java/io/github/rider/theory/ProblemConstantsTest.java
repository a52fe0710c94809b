package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemConstantsTest {

  @Test
  void kappa1AndCopies() {
    ProblemConstants p = new ProblemConstants(10, 2, 0.1, 1);
    assertThat(p.kappa1()).isEqualTo(5);
    assertThat(p.withL(20).kappa1()).isEqualTo(10);
    assertThat(p.withMu(1).withSigma(0).withCStar(3)).isEqualTo(new ProblemConstants(10, 1, 0, 3));
  }

  @Test
  void rejectsBadValuesWithNamedMessages() {
    assertThatThrownBy(() -> new ProblemConstants(Double.NaN, 1, 0, 1)).hasMessageContaining("L must");
    assertThatThrownBy(() -> new ProblemConstants(1, 0, 0, 1)).hasMessageContaining("mu must");
    assertThatThrownBy(() -> new ProblemConstants(1, 2, 0, 1)).hasMessageContaining("mu must be <= L");
    assertThatThrownBy(() -> new ProblemConstants(1, 1, -0.1, 1)).hasMessageContaining("sigma");
    assertThatThrownBy(() -> new ProblemConstants(1, 1, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("cStar");
  }

  @Test
  void deviceConstantsRejectBadValues() {
    assertThatThrownBy(() -> DeviceConstants.of(1e-3, 2, 1, 0.1, 0.1)).hasMessageContaining("qMax");
    assertThatThrownBy(() -> DeviceConstants.of(1e-3, Double.NaN, 1, 0.1, 0.1)).hasMessageContaining("qMin");
    assertThatThrownBy(() -> DeviceConstants.of(0, 1, 1, 0.1, 0.1)).hasMessageContaining("dwMin");
    assertThatThrownBy(() -> DeviceConstants.of(1e-3, 1, 1, Double.NaN, 0.1)).hasMessageContaining("muQ");
  }
}
