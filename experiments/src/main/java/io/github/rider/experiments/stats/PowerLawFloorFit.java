package io.github.rider.experiments.stats;

/**
 * Least-squares fit of y = a x^(-s) + c with a, c &gt;= 0: for each exponent s on a grid
 * [sMin, sMax] (step 0.01) the best (a, c) is a linear least-squares problem (clamped to c = 0
 * or a = 0 when the free solution is negative); the s with the smallest residual sum of squares
 * wins. Used for "E_K falls like K^(-1/2) down to a floor" (Theorem 3.7): s estimates the decay
 * exponent of the part above the floor c.
 *
 * @param s   fitted decay exponent
 * @param a   fitted prefactor (&gt;= 0)
 * @param c   fitted floor (&gt;= 0)
 * @param sse residual sum of squares
 */
public record PowerLawFloorFit(double s, double a, double c, double sse) {

  /** Smallest and largest exponent tried. */
  public static final double S_MIN = 0.05;
  public static final double S_MAX = 3.0;

  /** Fits the finite points; NaN fields with fewer than 3 of them. */
  public static PowerLawFloorFit fit(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += x[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i]) ? 1 : 0;
    }
    if (n < 3) {
      return new PowerLawFloorFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    PowerLawFloorFit best = null;
    for (int k = 0; S_MIN + 0.01 * k <= S_MAX + 1e-12; k++) {
      PowerLawFloorFit f = fixedExponent(x, y, S_MIN + 0.01 * k);
      if (best == null || f.sse() < best.sse()) {
        best = f;
      }
    }
    return best;
  }

  private static PowerLawFloorFit fixedExponent(double[] x, double[] y, double s) {
    double su = 0;
    double suu = 0;
    double sy = 0;
    double suy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        double u = Math.pow(x[i], -s);
        su += u;
        suu += u * u;
        sy += y[i];
        suy += u * y[i];
        n++;
      }
    }
    double det = n * suu - su * su;
    double a = det > 0 ? (n * suy - su * sy) / det : 0;
    double c = det > 0 ? (sy - a * su) / n : sy / n;
    if (c < 0) {
      c = 0;
      a = suy / suu;
    }
    if (a < 0) {
      a = 0;
      c = sy / n;
    }
    double sse = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        double r = y[i] - a * Math.pow(x[i], -s) - c;
        sse += r * r;
      }
    }
    return new PowerLawFloorFit(s, a, c, sse);
  }

  /** "E ~ a K^-s + c". */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%.3g K^-%.2f + %.3g", a, s, c);
  }
}
