package io.github.rider.theory;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Exact zero-shifting dynamics of the paper's linear device (103), used to check the ZS bounds
 * against the process they bound, without sampling.
 *
 * <p>With e = w - w*, F(w) = F0 + f1 e and G(w) = g e are affine, so one random ZS pulse (7),
 * e' = e + eps F(w) - dw G(w) with eps = +-dw equally likely, gives the closed moment recursion
 * m1' = (1 - dw g) m1 and m2' = ((1 - dw g)^2 + dw^2 f1^2) m2 + 2 dw^2 F0 f1 m1 + dw^2 F0^2.
 * Cyclic ZS (31) is deterministic: a down pulse w -= dw q-(w), then an up pulse w += dw q+(w).
 */
final class LinearDeviceFixture {

  final double aPlus;
  final double aMinus;
  final double tauMax;
  final double tauMin;
  final double dwMin;
  final double sp;

  LinearDeviceFixture(double aPlus, double aMinus, double tauMax, double tauMin, double dwMin) {
    this.aPlus = aPlus;
    this.aMinus = aMinus;
    this.tauMax = tauMax;
    this.tauMin = tauMin;
    this.dwMin = dwMin;
    this.sp = LinearDeviceConstants.symmetricPoint(aPlus, aMinus, tauMax, tauMin);
  }

  /** Device constants on [sp - halfWidth, sp + halfWidth]. */
  DeviceConstants constants(double halfWidth) {
    return new DeviceConstants(dwMin, LinearDeviceConstants.responseConstants(
        aPlus, aMinus, tauMax, tauMin, sp - halfWidth, sp + halfWidth));
  }

  double qPlus(double w) {
    return LinearDeviceConstants.qPlus(aPlus, tauMax, w);
  }

  double qMinus(double w) {
    return LinearDeviceConstants.qMinus(aMinus, tauMin, w);
  }

  /** Slope g of G. */
  double g() {
    return (aPlus / tauMax + aMinus / tauMin) / 2;
  }

  /** phi(w) - phi(w*) = g (w - w*)^2 / 2, the potential (21). */
  double potentialGap(double w) {
    return g() * (w - sp) * (w - sp) / 2;
  }

  /** E(w_n - w*)^2 for n = 0..n of random ZS started at w0 (exact). */
  double[] randomZsSecondMoments(double w0, int n) {
    double f0 = qPlus(sp);
    double f1 = (-aPlus / tauMax + aMinus / tauMin) / 2;
    double c = 1 - dwMin * g();
    double m1 = w0 - sp;
    double m2 = m1 * m1;
    double[] out = new double[n + 1];
    out[0] = m2;
    for (int k = 1; k <= n; k++) {
      double next2 = (c * c + dwMin * dwMin * f1 * f1) * m2 + 2 * dwMin * dwMin * f0 * f1 * m1
          + dwMin * dwMin * f0 * f0;
      m1 = c * m1;
      m2 = next2;
      out[k] = m2;
    }
    return out;
  }

  /** The weights w_0, w_1, ..., w_{2 cycles} of cyclic ZS (down then up pulse) from w0. */
  double[] cyclicZsTrajectory(double w0, int cycles) {
    double[] w = new double[2 * cycles + 1];
    w[0] = w0;
    for (int k = 0; k < cycles; k++) {
      w[2 * k + 1] = w[2 * k] - dwMin * qMinus(w[2 * k]);
      w[2 * k + 2] = w[2 * k + 1] + dwMin * qPlus(w[2 * k + 1]);
    }
    return w;
  }

  /**
   * A seeded generator. The project's factory (RandomStreams) lives in device-model, on which
   * theory must not depend; this is the same algorithm, L64X128MixRandom, with a fixed seed.
   */
  static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }
}
