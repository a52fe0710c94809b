package io.github.rider.theory;

/**
 * Wu et al. (NeurIPS 2025, arXiv 2502.06309): Theorems 2, 3, 6 and Corollary 1, explicit forms
 * (hidden constants are parameters).
 *
 * <pre>
 *   S_K^ASGD = (1/K) sum_k ||G(W_k)/sqrt(F(W_k))||_inf^2          (S_K^RL: same with P_k)
 *   Thm 2 (69): metric &lt;= 16 F_max^2 sqrt((f(W_0) - f*) sigma^2 L/K) + 8 F_max sigma^2 S_K,
 *               alpha = (1/F_max) sqrt((f(W_0) - f*)/(sigma^2 L K)) &lt;= 1/(4 L F_max)
 *   Thm 3:      E_K^RL &lt;= c F_max^2 sqrt((f(W_0) - f*) sigma^2 L/K) + 24 F_max sigma^2 S_K^RL,
 *               beta = alpha mu gamma^{3/2} sqrt(min R(W_k) R_min^RL) / (16 sqrt(2) F_max^3)
 *   Thm 6:      E_K^AGD &lt;= 8 L (f(W_0) - f*) F_max^2 / K;  with R_min &gt; 0: 2 L (f(W_0) - f*) F_max^2/(K R_min)
 *   Cor. 1:     exact convergence when gamma &gt;= c R_min^{-1/5} (and G(0) = 0)
 * </pre>
 */
public final class Wu2025ConvergenceBounds {

  private Wu2025ConvergenceBounds() {}

  /** ||G/sqrt(F)||_inf^2 of one iterate (F &gt; 0 coordinate-wise). */
  public static double gOverSqrtFInfNormSquared(double[] g, double[] f) {
    Require.finiteVector("G", g);
    Require.finiteVector("F", f);
    Require.sameLength("||G/sqrt(F)||_inf", g, f);
    double max = 0;
    for (int i = 0; i < g.length; i++) {
      max = Math.max(max, g[i] * g[i] / Require.positive("F[" + i + "]", f[i]));
    }
    return max;
  }

  /** S_K: the mean of per-iterate values ||G(W_k)/sqrt(F(W_k))||_inf^2. */
  public static double sK(double[] perIterateValues) {
    return Require.mean("per-iterate ||G/sqrt(F)||_inf^2", perIterateValues);
  }

  /** Theorem 2's step size (1/F_max) sqrt(gap/(sigma^2 L K)); rejected if above 1/(4 L F_max). */
  public static double theorem2StepSize(double initialGap, double sigma, double l, long k, double fMax) {
    Require.positive("F_max", fMax);
    double alpha = Math.sqrt(Require.positive("f(W_0) - f*", initialGap)
        / (Require.positive("sigma", sigma) * sigma * Require.positive("L", l) * Require.positive("K", k))) / fMax;
    if (!(alpha <= 1 / (4 * l * fMax))) {
      throw new IllegalArgumentException(
          "Theorem 2 requires alpha <= 1/(4 L F_max) = " + 1 / (4 * l * fMax) + ", was " + alpha);
    }
    return alpha;
  }

  /** Theorem 2 (69): 16 F_max^2 sqrt(gap sigma^2 L/K) + 8 F_max sigma^2 S_K. */
  public static double theorem2Bound(double initialGap, double sigma, double l, long k, double fMax, double sK) {
    Require.positive("F_max", fMax);
    Require.nonNegative("S_K", sK);
    return 16 * fMax * fMax * Wu2024AnalogSgd.rateTerm(initialGap, sigma, l, k) + 8 * fMax * sigma * sigma * sK;
  }

  /** Theorem 3: c F_max^2 sqrt(gap sigma^2 L/K) + 24 F_max sigma^2 S_K^RL. */
  public static double theorem3Bound(
      double initialGap, double sigma, double l, long k, double fMax, double sKRl, double c) {
    Require.positive("F_max", fMax);
    Require.nonNegative("S_K^RL", sKRl);
    Require.nonNegative("c", c);
    return c * fMax * fMax * Wu2024AnalogSgd.rateTerm(initialGap, sigma, l, k) + 24 * fMax * sigma * sigma * sKRl;
  }

  /** Theorem 3's beta = alpha mu gamma^{3/2} sqrt(minR R_min^RL) / (16 sqrt(2) F_max^3). */
  public static double theorem3Beta(
      double alpha, double mu, double gamma, double minR, double rMinRl, double fMax) {
    Require.positive("alpha", alpha);
    Require.positive("mu", mu);
    Require.positive("gamma", gamma);
    Require.positive("min R(W_k)", minR);
    Require.positive("R_min^RL", rMinRl);
    Require.positive("F_max", fMax);
    return alpha * mu * Math.pow(gamma, 1.5) * Math.sqrt(minR * rMinRl) / (16 * Math.sqrt(2) * Math.pow(fMax, 3));
  }

  /** Theorem 6: 8 L (f(W_0) - f*) F_max^2 / K. */
  public static double theorem6Bound(double l, double initialGap, double fMax, long k) {
    return 8 * agdTerm(l, initialGap, fMax, k);
  }

  /** Theorem 6 without saturation (R_min &gt; 0): 2 L (f(W_0) - f*) F_max^2 / (K R_min). */
  public static double theorem6BoundNoSaturation(double l, double initialGap, double fMax, long k, double rMin) {
    return 2 * agdTerm(l, initialGap, fMax, k) / Require.positive("R_min", rMin);
  }

  /** Corollary 1: the gamma threshold c R_min^{-1/5}. */
  public static double corollary1GammaThreshold(double rMin, double c) {
    Require.positive("R_min", rMin);
    Require.positive("c", c);
    return c * Math.pow(rMin, -0.2);
  }

  /** Corollary 1's condition gamma &gt;= c R_min^{-1/5}. */
  public static boolean corollary1Holds(double gamma, double rMin, double c) {
    return Require.positive("gamma", gamma) >= corollary1GammaThreshold(rMin, c);
  }

  private static double agdTerm(double l, double initialGap, double fMax, long k) {
    Require.positive("L", l);
    Require.nonNegative("f(W_0) - f*", initialGap);
    Require.positive("F_max", fMax);
    Require.positive("K", k);
    return l * initialGap * fMax * fMax / k;
  }
}
