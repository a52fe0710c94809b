package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class Lemma3_10EmaFilterTest {

  private static final double REL = 1e-12;
  private static final double[] ETAS = {0.001, 0.05, 0.3, 0.9, 1};

  @Test
  void magnitudeAtZeroAndPi() {
    for (double eta : ETAS) {
      assertThat(Lemma3_10EmaFilter.magnitudeSquared(eta, 0)).isCloseTo(1, within(REL));
      assertThat(Lemma3_10EmaFilter.maximumMagnitudeSquared(eta)).isEqualTo(1);
      double min = eta * eta / ((2 - eta) * (2 - eta));
      assertThat(Lemma3_10EmaFilter.magnitudeSquared(eta, Math.PI)).isCloseTo(min, within(min * REL));
      assertThat(Lemma3_10EmaFilter.minimumMagnitudeSquared(eta)).isCloseTo(min, within(min * REL));
    }
    // hand value: eta = 0.05 -> 0.0025/1.95^2 = 6.5746219e-4
    assertThat(Lemma3_10EmaFilter.minimumMagnitudeSquared(0.05)).isCloseTo(6.5746219e-4, within(1e-11));
  }

  @Test
  void closedFormMatchesTheComplexTransferFunction() {
    for (double eta : ETAS) {
      // the complex evaluation forms 1 - (1-eta) e^{-j omega}, whose relative rounding error is up to
      // ~ 2^-52 / eta near omega = 0 (cancellation); allow 64 such units
      double tolerance = 64 * Math.ulp(1.0) / eta;
      for (double omega = -Math.PI; omega <= Math.PI; omega += 0.01) {
        Complex h = Lemma3_10EmaFilter.frequencyResponse(eta, omega);
        double closed = Lemma3_10EmaFilter.magnitudeSquared(eta, omega);
        assertThat(h.abs() * h.abs()).isCloseTo(closed, within(tolerance * closed));
      }
    }
  }

  @Test
  void isALowPassBetweenZeroAndPi() {
    for (double eta : new double[] {0.001, 0.05, 0.3, 0.9}) {
      double previous = 2;
      for (double omega = 0; omega <= Math.PI; omega += 0.01) {
        double m = Lemma3_10EmaFilter.magnitudeSquared(eta, omega);
        assertThat(m).isLessThan(previous).isGreaterThanOrEqualTo(Lemma3_10EmaFilter.minimumMagnitudeSquared(eta));
        previous = m;
      }
    }
  }

  @Test
  void poleIsOneMinusEtaAndTheRecursionIsTheFilter() {
    assertThat(Lemma3_10EmaFilter.pole(0.05)).isEqualTo(0.95);
    // H blows up near its pole
    assertThat(Lemma3_10EmaFilter.transferFunction(0.05, new Complex(0.95 + 1e-9)).abs()).isGreaterThan(1e6);
    // a sinusoid p_k = cos(w k) through Q_{k+1} = (1-eta) Q_k + eta p_{k+1} settles to amplitude |H|
    double eta = 0.2;
    double omega = 2.0;
    double q = 0;
    double amplitude = 0;
    for (int k = 1; k <= 4000; k++) {
      q = (1 - eta) * q + eta * Math.cos(omega * k);
      if (k > 2000) {
        amplitude = Math.max(amplitude, Math.abs(q));
      }
    }
    double predicted = Math.sqrt(Lemma3_10EmaFilter.magnitudeSquared(eta, omega));
    // sampled maximum of a sinusoid of that amplitude: within 1 - cos(step/2) ~ 1e-3 relative
    assertThat(amplitude).isLessThanOrEqualTo(predicted * (1 + 1e-9)).isGreaterThan(predicted * 0.99);
  }

  @Test
  void rejectsBadEta() {
    assertThatThrownBy(() -> Lemma3_10EmaFilter.magnitudeSquared(0, 1)).hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_10EmaFilter.magnitudeSquared(1.1, 1)).hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_10EmaFilter.magnitudeSquared(Double.NaN, 1)).hasMessageContaining("eta");
    assertThatThrownBy(() -> Lemma3_10EmaFilter.transferFunction(0.5, Complex.ZERO)).hasMessageContaining("z");
  }
}
