package io.github.rider.verification.theorem37;

import java.util.function.DoubleUnaryOperator;

/** E[h(xi)], xi ~ N(0, 1), by composite Simpson on [-10, 10] split at one kink of h. */
final class Quadrature {

  static final double RANGE = 10;
  /** Simpson intervals on each side of the kink (even). */
  static final int INTERVALS = 2000;

  private Quadrature() {}

  /** The nodes and weights (density included) of the rule split at {@code kink}. */
  static double[][] rule(double kink) {
    double c = Math.max(-RANGE + 1e-9, Math.min(RANGE - 1e-9, kink));
    double[] z = new double[2 * (INTERVALS + 1)];
    double[] w = new double[z.length];
    side(-RANGE, c, z, w, 0);
    side(c, RANGE, z, w, INTERVALS + 1);
    return new double[][] {z, w};
  }

  private static void side(double a, double b, double[] z, double[] w, int off) {
    double h = (b - a) / INTERVALS;
    for (int i = 0; i <= INTERVALS; i++) {
      double x = a + i * h;
      double simpson = i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2;
      z[off + i] = x;
      w[off + i] = simpson * h / 3 * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }
  }

  /** E[h(xi)] with h smooth on each side of {@code kink}. */
  static double gaussian(DoubleUnaryOperator h, double kink) {
    double[][] r = rule(kink);
    double s = 0;
    for (int i = 0; i < r[0].length; i++) {
      s += r[1][i] * h.applyAsDouble(r[0][i]);
    }
    return s;
  }
}
