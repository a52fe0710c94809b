package io.github.rider.verification.rider;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.verification.gen.PlantedQuadratic;
import java.util.random.RandomGenerator;

/**
 * RIDER (Algorithm 2, arXiv 2602.21321) in the mean-field model, written
 * independently of the algorithms module so that it can serve as the oracle of Theorem 3.7:
 *
 * <pre>
 *   W_bar_k = W_k + gamma (P_k - Q_k),   g_k = grad f(W_bar_k; xi_k)
 *   P_{k+1} = P_k - alpha g_k (.) F_p(P_k) - alpha |g_k| (.) G_p(P_k) + b_k          (11a)
 *   Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}                                          (12)
 *   W_{k+1} = W_k + beta (P_{k+1} - Q_k) (.) F_w(W_k) - beta |P_{k+1} - Q_k| (.) G_w(W_k) + b'_k   (11b)
 * </pre>
 *
 * through {@link MeanFieldUpdate} (b ~ N(0, c |dW| dw_min), Assumption 3.4; c = 0 is the dw_min
 * &rarr; 0 limit). It records, per iteration k = 0..K, the terms of the left side of (72):
 * f(W_bar_k) - f*, ||P*(W_k, Q_k) - Q_k||^2 = ||W_k - W*||^2 / gamma^2 and ||G_p(P_k)||^2.
 */
public final class RiderSimulation {

  /**
   * Averages over k = 0..K of one run, and the box the iterates visited.
   *
   * @param gap    (1/K) sum_{k=0}^{K} (f(W_bar_k) - f*)
   * @param pStar  (1/K) sum ||P*(W_k, Q_k) - Q_k||^2
   * @param gpSq   (1/K) sum ||G_p(P_k)||^2
   * @param lastWDistanceSq ||W_K - W*||^2
   * @param pMin   smallest coordinate of P visited
   * @param pMax   largest coordinate of P visited
   * @param wMin   smallest coordinate of W visited
   * @param wMax   largest coordinate of W visited
   */
  public record Run(double gap, double pStar, double gpSq, double lastWDistanceSq,
      double pMin, double pMax, double wMin, double wMax) {

    /** The W part of the left side of (72): gap + C_1 pStar. */
    public double wPart(double c1) {
      return gap + c1 * pStar;
    }

    /** The left side of (72) with weight C_1 on the P* term. */
    public double lhs72(double c1) {
      return gap + c1 * pStar + gpSq;
    }
  }

  private RiderSimulation() {}

  /**
   * Runs K iterations from W_0 = P_0 = Q_0 = 0 on devices {@code pDev}, {@code wDev}.
   *
   * @param missingEma mutation: the EMA (12) removed, Q_{k+1} = P_{k+1} (eta = 1, no filtering)
   */
  public static Run run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, double alpha,
      double beta, double eta, double gamma, long k, double dwMin, double noiseFactor, boolean missingEma,
      RandomGenerator rng) {
    return run(f, pDev, pDev, wDev, alpha, beta, eta, gamma, k, dwMin, noiseFactor, missingEma, rng);
  }

  /**
   * As {@link #run(PlantedQuadratic, ResponseFunction[], ResponseFunction[], double, double,
   * double, double, long, double, double, boolean, RandomGenerator)}, but the P updates use {@code
   * pSim} while ||G_p(P_k)||^2 is measured on the true {@code pDev} (mutation checks with a broken
   * device model).
   */
  public static Run run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] pSim, ResponseFunction[] wDev,
      double alpha, double beta, double eta, double gamma, long k, double dwMin, double noiseFactor,
      boolean missingEma, RandomGenerator rng) {
    int d = f.dimension();
    if (pDev.length != d || pSim.length != d || wDev.length != d) {
      throw new IllegalArgumentException("one P and one W device per coordinate (" + d + ") required");
    }
    MeanFieldUpdate update = new MeanFieldUpdate(noiseFactor);
    double[] w = new double[d];
    double[] p = new double[d];
    double[] q = new double[d];
    double[] wBar = new double[d];
    double[] g = new double[d];
    double[] opt = f.optimum();
    double gap = 0;
    double pStar = 0;
    double gp = 0;
    double pMin = 0;
    double pMax = 0;
    double wMin = 0;
    double wMax = 0;
    for (long it = 0; it <= k; it++) {
      double dist = 0;
      for (int i = 0; i < d; i++) {
        wBar[i] = w[i] + gamma * (p[i] - q[i]);
        double e = w[i] - opt[i];
        dist += e * e;
        double gpi = pDev[i].g(p[i]);
        gp += gpi * gpi;
      }
      gap += f.gap(wBar);
      pStar += dist / (gamma * gamma);
      if (it == k) {
        break;
      }
      f.stochasticGradient(wBar, rng, g);
      for (int i = 0; i < d; i++) {
        double pNew = update.apply(pSim[i], p[i], -alpha * g[i], dwMin, rng);
        w[i] = update.apply(wDev[i], w[i], beta * (pNew - q[i]), dwMin, rng);
        q[i] = missingEma ? pNew : (1 - eta) * q[i] + eta * pNew;
        p[i] = pNew;
        pMin = Math.min(pMin, p[i]);
        pMax = Math.max(pMax, p[i]);
        wMin = Math.min(wMin, w[i]);
        wMax = Math.max(wMax, w[i]);
      }
    }
    double last = 0;
    for (int i = 0; i < d; i++) {
      last += (w[i] - opt[i]) * (w[i] - opt[i]);
    }
    return new Run(gap / k, pStar / k, gp / k, last, pMin, pMax, wMin, wMax);
  }
}
