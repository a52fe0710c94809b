package io.github.rider.theory;

/**
 * Wu, Xiao, Gokmen, Fagbohungbe, Chen (NeurIPS 2025, arXiv 2502.06309), Theorems 1/5: Analog SGD
 * implicitly minimises f_Sigma(W) = f(W) + &lt;Sigma, R_c(W)&gt;, R = G/F, R_c its antiderivative,
 * with Sigma = E|grad f(W; xi) - E grad f|. Its stationary point is approximately
 *
 * <pre>
 *   W^S = (grad^2 f(W*) + grad R(W_sp) Sigma)^-1 (grad^2 f(W*) W* + grad R(W_sp) Sigma W_sp)
 * </pre>
 *
 * (scalar or diagonal case here): linearise grad f(W) + Sigma R(W) = 0 around W* and the SP W_sp
 * (R(W_sp) = 0). For the linear response q+- = 1 -+ w/tau, R = w/tau and f_Sigma = f + (Sigma/(2
 * tau)) ||W||^2 (up to a constant), and W^S is the exact minimiser for quadratic f.
 *
 * <p><b>Erratum (found here; Wu et al. 2025, arXiv 2502.06309, Theorem 5).</b> The form read
 * from the paper has minus signs,
 * (grad^2 f - grad R Sigma)^-1 (grad^2 f W* - grad R Sigma W_sp); that is not the stationary point
 * of f_Sigma (its denominator even vanishes at grad^2 f = grad R Sigma). The plus form is
 * implemented; the printed one is {@link #stationaryPointAsPrinted} for comparison.
 */
public final class Wu2025ImplicitPenalty {

  private Wu2025ImplicitPenalty() {}

  /** R = G/F (F &gt; 0). */
  public static double ratio(double g, double f) {
    Require.finite("G", g);
    Require.positive("F", f);
    return g / f;
  }

  /**
   * Scalar W^S = (h W* + r' Sigma W_sp) / (h + r' Sigma), h = f''(W*) &gt; 0, r' = R'(W_sp) &gt;=
   * 0, Sigma &gt;= 0.
   */
  public static double stationaryPoint(double hessian, double wStar, double rPrime, double sigmaAbs, double sp) {
    checkScalar(hessian, wStar, rPrime, sigmaAbs, sp);
    return (hessian * wStar + rPrime * sigmaAbs * sp) / (hessian + rPrime * sigmaAbs);
  }

  /** The printed (minus-sign) variant, comparison only. */
  public static double stationaryPointAsPrinted(
      double hessian, double wStar, double rPrime, double sigmaAbs, double sp) {
    checkScalar(hessian, wStar, rPrime, sigmaAbs, sp);
    return (hessian * wStar - rPrime * sigmaAbs * sp) / (hessian - rPrime * sigmaAbs);
  }

  /** Diagonal case: {@link #stationaryPoint} coordinate by coordinate. */
  public static double[] stationaryPoint(
      double[] hessianDiagonal, double[] wStar, double[] rPrime, double[] sigmaAbs, double[] sp) {
    Require.sameLength("W^S", hessianDiagonal, wStar, rPrime, sigmaAbs, sp);
    double[] out = new double[wStar.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = stationaryPoint(hessianDiagonal[i], wStar[i], rPrime[i], sigmaAbs[i], sp[i]);
    }
    return out;
  }

  /** The penalty Sigma w^2 / (2 tau) of the linear response q+- = 1 -+ w/tau (per coordinate). */
  public static double linearResponsePenalty(double sigmaAbs, double tau, double w) {
    Require.nonNegative("Sigma", sigmaAbs);
    Require.positive("tau", tau);
    Require.finite("w", w);
    return sigmaAbs * w * w / (2 * tau);
  }

  private static void checkScalar(double hessian, double wStar, double rPrime, double sigmaAbs, double sp) {
    Require.positive("hessian (f''(W*))", hessian);
    Require.finite("W*", wStar);
    Require.nonNegative("R'(W_sp)", rPrime);
    Require.nonNegative("Sigma", sigmaAbs);
    Require.finite("W_sp", sp);
  }
}
