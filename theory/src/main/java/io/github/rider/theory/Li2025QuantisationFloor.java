package io.github.rider.theory;

/**
 * Li, Wu, Liu, Gokmen, Chen (2025, arXiv 2510.02516), the source of Assumption 3.4 (E b_k = 0,
 * Var b_k = Theta(alpha dw_min)): Analog SGD with quantisation noise has the error floor
 *
 * <pre>
 *   sigma^2 S_T + R_T dw_min,    R_T = (1/T) sum_t 2L / (1 - ||W_t||_inf^2 / tau_max^2)
 * </pre>
 *
 * with matching upper and lower bounds (S_T as {@link Wu2024AnalogSgd#saturationTerm}). This is the
 * "+Theta(dw_min)" of every RIDER bound.
 */
public final class Li2025QuantisationFloor {

  private Li2025QuantisationFloor() {}

  /** R_T of a sequence of ||W_t||_inf (each &lt; tau_max). */
  public static double rT(double[] wInfNorms, double l, double tauMax) {
    Require.positive("L", l);
    Require.positive("tauMax", tauMax);
    Require.finiteVector("wInfNorms", wInfNorms);
    double[] terms = new double[wInfNorms.length];
    for (int t = 0; t < terms.length; t++) {
      terms[t] = 2 * l / (1 - Wu2024AnalogSgd.saturationRatio(wInfNorms[t], tauMax));
    }
    return Require.mean("R_T terms", terms);
  }

  /** The floor sigma^2 S_T + R_T dw_min. */
  public static double floor(double sigma, double sT, double rT, double dwMin) {
    Require.nonNegative("sigma", sigma);
    Require.nonNegative("S_T", sT);
    Require.nonNegative("R_T", rT);
    Require.positive("dwMin", dwMin);
    return sigma * sigma * sT + rT * dwMin;
  }
}
