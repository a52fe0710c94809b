package io.github.rider.theory;

/**
 * Constants of the training problem (1) used by Theorem 3.7 of the paper (arXiv 2602.21321).
 *
 * <ul>
 *   <li>Assumption 3.1: f is L-smooth, ||grad f(W) - grad f(W')|| &lt;= L ||W - W'|| (9).
 *   <li>Assumption 3.2: stochastic gradients are unbiased with variance at most sigma^2.
 *   <li>Assumption 3.3: f is mu-strongly convex (so mu &lt;= L).
 *   <li>Assumption 3.6: E|grad f(W_bar_k; xi_k)|_d &gt;= C* for every k and coordinate d.
 * </ul>
 *
 * @param l     smoothness constant L (&gt; 0, units of f per squared weight)
 * @param mu    strong-convexity constant mu (0 &lt; mu &lt;= L)
 * @param sigma gradient-noise standard deviation sigma (&gt;= 0, gradient units)
 * @param cStar Rayleigh-type lower bound C* on the mean absolute gradient (&gt; 0, gradient units)
 */
public record ProblemConstants(double l, double mu, double sigma, double cStar) {

  public ProblemConstants {
    Require.positive("L", l);
    Require.positive("mu", mu);
    if (!(mu <= l)) {
      throw new IllegalArgumentException(
          "mu must be <= L (a mu-strongly convex L-smooth f has mu <= L), was mu = " + mu + ", L = " + l);
    }
    Require.nonNegative("sigma", sigma);
    Require.positive("cStar (C*)", cStar);
  }

  /** kappa1 = L/mu, the condition number of f. */
  public double kappa1() {
    return l / mu;
  }

  public ProblemConstants withL(double v) {
    return new ProblemConstants(v, mu, sigma, cStar);
  }

  public ProblemConstants withMu(double v) {
    return new ProblemConstants(l, v, sigma, cStar);
  }

  public ProblemConstants withSigma(double v) {
    return new ProblemConstants(l, mu, v, cStar);
  }

  public ProblemConstants withCStar(double v) {
    return new ProblemConstants(l, mu, sigma, v);
  }
}
