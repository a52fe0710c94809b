package io.github.rider.experiments.stats;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares of log10(y) on log10(x): y ~ 10^intercept x^slope, with the 95 %
 * confidence interval of the slope from Student's t with n - 2 degrees of freedom (NaN when
 * n &lt; 3). Points with x &lt;= 0, y &lt;= 0 or NaN are left out.
 *
 * @param n          points used
 * @param slope      fitted exponent
 * @param slopeLow   lower end of the 95 % interval of the slope
 * @param slopeHigh  upper end of the 95 % interval of the slope
 * @param intercept  fitted log10 prefactor
 * @param rSquared   coefficient of determination
 */
public record LogLogFit(int n, double slope, double slopeLow, double slopeHigh, double intercept,
    double rSquared) {

  /** Fits the points (x_i, y_i). */
  public static LogLogFit fit(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y must have equal lengths, were " + x.length
          + " and " + y.length);
    }
    SimpleRegression r = new SimpleRegression();
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        r.addData(Math.log10(x[i]), Math.log10(y[i]));
      }
    }
    int n = (int) r.getN();
    if (n < 2) {
      return new LogLogFit(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double half = n >= 3 ? r.getSlopeConfidenceInterval(0.05) : Double.NaN;
    double slope = r.getSlope();
    return new LogLogFit(n, slope, slope - half, slope + half, r.getIntercept(), r.getRSquare());
  }

  /** Whether the 95 % interval contains {@code value} (false when it is undefined). */
  public boolean intervalContains(double value) {
    return slopeLow <= value && value <= slopeHigh;
  }

  /** "slope s [lo, hi] (n points)". */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "slope %.3f, 95%% CI [%.3f, %.3f] (%d points)",
        slope, slopeLow, slopeHigh, n);
  }
}
