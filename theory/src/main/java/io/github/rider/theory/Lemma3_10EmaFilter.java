package io.github.rider.theory;

import org.apache.commons.math3.complex.Complex;

/**
 * Lemma 3.10 of the paper (arXiv 2602.21321): the digital EMA Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}
 * (12) is a first-order IIR low-pass filter (the paper's "IIS") from P to Q:
 *
 * <pre>
 *   H(z) = eta / (1 - (1 - eta) z^-1)                                   (49), pole z = 1 - eta
 *   |H(e^{jw})|^2 = eta^2 / (1 + (1 - eta)^2 - 2 (1 - eta) cos w)       (16)/(50)
 * </pre>
 *
 * maximal (= 1) at w = 0 and minimal (= eta^2/(2 - eta)^2) at w = +-pi, so the sign-flipping
 * (w ~ pi) part of P, which the chopper of E-RIDER creates, is attenuated. eta in (0, 1].
 */
public final class Lemma3_10EmaFilter {

  private Lemma3_10EmaFilter() {}

  /** H(z) = eta / (1 - (1 - eta)/z), z != 0. */
  public static Complex transferFunction(double eta, Complex z) {
    Require.eta(eta);
    if (z == null || z.isNaN() || z.isInfinite() || z.abs() == 0) {
      throw new IllegalArgumentException("z must be a finite non-zero complex number, was " + z);
    }
    return new Complex(eta).divide(Complex.ONE.subtract(z.reciprocal().multiply(1 - eta)));
  }

  /** The frequency response H(e^{j omega}). */
  public static Complex frequencyResponse(double eta, double omega) {
    Require.finite("omega", omega);
    return transferFunction(eta, new Complex(Math.cos(omega), Math.sin(omega)));
  }

  /**
   * |H(e^{j omega})|^2 by eq. (16), evaluated in the equivalent form eta^2 / (eta^2 + 4 (1 - eta)
   * sin^2(omega/2)), which avoids the cancellation of 1 + (1-eta)^2 - 2 (1-eta) cos(omega) for small
   * eta and omega (same value in exact arithmetic).
   */
  public static double magnitudeSquared(double eta, double omega) {
    Require.eta(eta);
    Require.finite("omega", omega);
    double s = Math.sin(omega / 2);
    return eta * eta / (eta * eta + 4 * (1 - eta) * s * s);
  }

  /** The single pole z = 1 - eta (inside the unit circle: the filter is stable). */
  public static double pole(double eta) {
    return 1 - Require.eta(eta);
  }

  /** max over omega of |H|^2, attained at omega = 0: 1 (DC passes unchanged). */
  public static double maximumMagnitudeSquared(double eta) {
    Require.eta(eta);
    return 1;
  }

  /** min over omega of |H|^2, attained at omega = pi: eta^2 / (2 - eta)^2. */
  public static double minimumMagnitudeSquared(double eta) {
    Require.eta(eta);
    return eta * eta / ((2 - eta) * (2 - eta));
  }
}
