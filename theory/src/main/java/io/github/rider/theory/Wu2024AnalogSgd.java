package io.github.rider.theory;

/**
 * Wu, Gokmen, Rasch, Chen (NeurIPS 2024, arXiv 2406.12774), Theorems 2-4: Analog SGD and Tiki-Taka
 * on the asymmetric linear device q+- = 1 -+ (w - w*)/tau with SP 0. Hidden O()/Theta() constants
 * are parameters.
 *
 * <pre>
 *   S_K = (1/K) sum_k (||W_k||_inf^2/tau^2) / (1 - ||W_k||_inf^2/tau^2) &lt;= (W_max^2/tau^2)/(1 - W_max^2/tau^2)
 *   Thm 2: (1/K) sum E||grad f(W_k)||^2 &lt;= c sqrt((f(W_0) - f*) sigma^2 L / K) / (1 - W_max^2/tau^2) + 4 sigma^2 S_K,
 *          alpha = sqrt((f(W_0) - f*)/(sigma^2 L K)) &lt;= 1/L
 *   Thm 3: lower bound 4 sigma^2 S_K + Theta(alpha)   (asymptotic error 4 sigma^2 S_K)
 *   Thm 4: Tiki-Taka (gamma = 0, beta = 8 alpha L): P_max^2 = 41 L^2 tau^4 D / (c^2 sigma^2);
 *          if 33 P_max^2/tau^2 &lt; 1: (1/K) sum E||grad f||^2 &lt;= c' sqrt((f(W_0) - f*) sigma^2 L/K) / (1 - 33 P_max^2/tau^2)
 * </pre>
 */
public final class Wu2024AnalogSgd {

  private Wu2024AnalogSgd() {}

  /** S_K of a sequence of ||W_k||_inf (each &lt; tau). */
  public static double saturationTerm(double[] wInfNorms, double tau) {
    Require.positive("tau", tau);
    Require.finiteVector("wInfNorms", wInfNorms);
    double[] terms = new double[wInfNorms.length];
    for (int k = 0; k < terms.length; k++) {
      double r = saturationRatio(wInfNorms[k], tau);
      terms[k] = r / (1 - r);
    }
    return Require.mean("S_K terms", terms);
  }

  /** (W_max^2/tau^2)/(1 - W_max^2/tau^2), the bound on S_K under Assumption 4 (W_max &lt; tau). */
  public static double saturationTermUpperBound(double wMax, double tau) {
    Require.positive("tau", tau);
    double r = saturationRatio(wMax, tau);
    return r / (1 - r);
  }

  /** The asymptotic error 4 sigma^2 S_K of Analog SGD (Theorems 2 and 3). */
  public static double asymptoticError(double sigma, double sK) {
    Require.nonNegative("sigma", sigma);
    Require.nonNegative("S_K", sK);
    return 4 * sigma * sigma * sK;
  }

  /** Theorem 2's step size sqrt((f(W_0) - f*)/(sigma^2 L K)); rejected if it exceeds 1/L. */
  public static double theorem2StepSize(double initialGap, double sigma, double l, long k) {
    double alpha = Math.sqrt(Require.positive("f(W_0) - f*", initialGap)
        / (Require.positive("sigma", sigma) * sigma * Require.positive("L", l) * Require.positive("K", k)));
    if (!(alpha <= 1 / l)) {
      throw new IllegalArgumentException(
          "Theorem 2 requires alpha = sqrt((f(W_0)-f*)/(sigma^2 L K)) <= 1/L, was " + alpha + " > " + 1 / l);
    }
    return alpha;
  }

  /** Theorem 2: c sqrt(gap sigma^2 L/K)/(1 - W_max^2/tau^2) + 4 sigma^2 S_K. */
  public static double theorem2Bound(
      double initialGap, double sigma, double l, long k, double wMax, double tau, double sK, double c) {
    Require.positive("tau", tau);
    return Require.nonNegative("c", c) * rateTerm(initialGap, sigma, l, k) / (1 - saturationRatio(wMax, tau))
        + asymptoticError(sigma, sK);
  }

  /** Theorem 3: the lower bound 4 sigma^2 S_K + c alpha of the constructed instance. */
  public static double theorem3LowerBound(double sigma, double sK, double alpha, double c) {
    return asymptoticError(sigma, sK) + Require.nonNegative("c", c) * Require.positive("alpha", alpha);
  }

  /** Theorem 4: P_max^2 = 41 L^2 tau^4 D / (c^2 sigma^2). */
  public static double tikiTakaPMaxSquared(double l, double tau, int dimension, double c, double sigma) {
    Require.positive("L", l);
    Require.positive("tau", tau);
    Theorem2_2ZsAveragedBound.requireDimension(dimension);
    Require.positive("c (Assumption 5)", c);
    Require.positive("sigma", sigma);
    return 41 * l * l * Math.pow(tau, 4) * dimension / (c * c * sigma * sigma);
  }

  /** Theorem 4's condition 33 P_max^2 / tau^2 &lt; 1. */
  public static boolean tikiTakaConditionHolds(double pMaxSquared, double tau) {
    Require.nonNegative("P_max^2", pMaxSquared);
    Require.positive("tau", tau);
    return 33 * pMaxSquared / (tau * tau) < 1;
  }

  /** Theorem 4: c sqrt(gap sigma^2 L/K) / (1 - 33 P_max^2/tau^2); the condition must hold. */
  public static double tikiTakaBound(
      double initialGap, double sigma, double l, long k, double pMaxSquared, double tau, double c) {
    if (!tikiTakaConditionHolds(pMaxSquared, tau)) {
      throw new IllegalArgumentException(
          "Theorem 4 requires 33 P_max^2 / tau^2 < 1, was " + 33 * pMaxSquared / (tau * tau));
    }
    return Require.nonNegative("c", c) * rateTerm(initialGap, sigma, l, k) / (1 - 33 * pMaxSquared / (tau * tau));
  }

  /** sqrt((f(W_0) - f*) sigma^2 L / K), the rate term shared by Wu et al. 2024 and 2025. */
  static double rateTerm(double initialGap, double sigma, double l, long k) {
    Require.nonNegative("f(W_0) - f*", initialGap);
    Require.nonNegative("sigma", sigma);
    Require.positive("L", l);
    Require.positive("K", k);
    return Math.sqrt(initialGap * sigma * sigma * l / k);
  }

  /** ||W||_inf^2 / tau^2, required &lt; 1. */
  static double saturationRatio(double wInf, double tau) {
    Require.finite("||W||_inf", wInf);
    double r = wInf * wInf / (tau * tau);
    if (!(r < 1)) {
      throw new IllegalArgumentException(
          "||W||_inf must be < tau (no saturation), was |" + wInf + "| >= " + tau);
    }
    return r;
  }
}
