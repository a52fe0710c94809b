package io.github.rider.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * Theorem 3.7 of the paper (arXiv 2602.21321): convergence of RIDER (Algorithm 2) under
 * Assumptions 3.1-3.4, 3.6 and Definition 2.1 for F_p, G_p, F_w, G_w.
 *
 * <pre>
 *   explicit bound (72):  (1/K) sum_k E[(f(W_bar_k) - f*) + C_1 ||P* - Q_k||^2 + ||G_p(P_k)||^2]
 *                          &lt;= 16 sqrt(34) q_max^4 / (mu q_min^5) ((V_0 - V_K)/(alpha K) + 5 alpha L q_max^2 sigma^2)
 *                             + Theta(dw_min)
 *   rate (15):            E_K &lt;= O(kappa1 kappa2^5 / sqrt(K)) + Theta(dw_min),  alpha = Theta(1/sqrt(K))
 *   step sizes (App. E):  beta = alpha gamma mu q_min^3 / (4 sqrt(34) q_max^3) and {@link RiderConstraint}
 *   Lyapunov (63):        V_k = f(W_bar_k) - f* + C_1 ||P* - Q_k||^2 + C_2 (phi(P_k) - phi*),
 *                         C_1 = 10 beta gamma q_max^2 / (alpha q_min^2),
 *                         C_2 in [4 sigma^2/(C* q_min), mu q_min^2 C* / (8 q_max^3)]
 *   metric (14):          E_K = (1/K) sum_k [||W_k - W*||^2 + O(||P_k - Q_k||^2) + O(||G_p(P_k)||^2)]
 * </pre>
 *
 * <p><b>Errata.</b> (a) App. eq. (73) states O(kappa2^5/(kappa1 sqrt K)); the statement (15) states
 * O(kappa1 kappa2^5/sqrt K). With alpha = c/sqrt(K) the noise term of (72) is 80 sqrt(34) c sigma^2
 * (L/mu) q_max^6/q_min^5 / sqrt(K), which grows with kappa1 = L/mu: (15) is right, {@link #rateOrder};
 * {@link #rateOrderAsPrintedEq73} keeps (73) for comparison. (b) The theorem prints the condition
 * C* &gt;= (4 sqrt(2) sigma/mu) kappa2^{3/2}; the C_2 interval is non-empty iff C*^2 &gt;= 32 sigma^2
 * q_max^3/(mu q_min^3), i.e. C* &gt;= 4 sqrt(2) sigma kappa2^{3/2} / sqrt(mu)
 * ({@link #cStarThresholdDerived}, used by {@link #cStarFeasible}).
 */
public final class Theorem3_7RiderConvergence {

  private static final double SQRT34 = Math.sqrt(34);

  private Theorem3_7RiderConvergence() {}

  /** 16 sqrt(34) q_max^4 / (mu q_min^5), the constant of (72). */
  public static double boundConstant(ProblemConstants p, DeviceConstants d) {
    return 16 * SQRT34 * Math.pow(d.qMax(), 4) / (p.mu() * Math.pow(d.qMin(), 5));
  }

  /**
   * The explicit part of (72): boundConstant ((V_0 - V_K)/(alpha K) + 5 alpha L q_max^2 sigma^2);
   * {@code lyapunovDrop} = V_0 - V_K &gt;= 0.
   */
  public static double bound(
      ProblemConstants p, DeviceConstants d, double lyapunovDrop, double alpha, long k) {
    Require.nonNegative("lyapunovDrop (V_0 - V_K)", lyapunovDrop);
    Require.positive("alpha", alpha);
    Require.positive("K", k);
    return boundConstant(p, d)
        * (lyapunovDrop / (alpha * k) + 5 * alpha * p.l() * d.qMax() * d.qMax() * p.sigma() * p.sigma());
  }

  /** (72) with its Theta(dw_min) term written as {@code floorCoefficient} x dw_min. */
  public static double bound(
      ProblemConstants p,
      DeviceConstants d,
      double lyapunovDrop,
      double alpha,
      long k,
      double floorCoefficient) {
    Require.nonNegative("floorCoefficient", floorCoefficient);
    return bound(p, d, lyapunovDrop, alpha, k) + floorCoefficient * d.dwMin();
  }

  /** kappa1 kappa2^5 / sqrt(K), the order of (15). */
  public static double rateOrder(ProblemConstants p, DeviceConstants d, long k) {
    Require.positive("K", k);
    return p.kappa1() * Math.pow(d.kappa2(), 5) / Math.sqrt(k);
  }

  /** kappa2^5 / (kappa1 sqrt(K)) as printed in App. eq. (73) (erratum; comparison only). */
  public static double rateOrderAsPrintedEq73(ProblemConstants p, DeviceConstants d, long k) {
    Require.positive("K", k);
    return Math.pow(d.kappa2(), 5) / (p.kappa1() * Math.sqrt(k));
  }

  /** beta = alpha gamma mu q_min^3 / (4 sqrt(34) q_max^3). */
  public static double betaPrescribed(ProblemConstants p, DeviceConstants d, double alpha, double gamma) {
    Require.positive("alpha", alpha);
    Require.positive("gamma", gamma);
    return alpha * gamma * p.mu() * Math.pow(d.qMin(), 3) / (4 * SQRT34 * Math.pow(d.qMax(), 3));
  }

  /** The constraints of App. E that {@code steps} violate, in declaration order (empty: all hold). */
  public static List<RiderConstraint> violatedConstraints(
      ProblemConstants p, DeviceConstants d, RiderStepSizes steps) {
    List<RiderConstraint> failed = new ArrayList<>();
    for (RiderConstraint c : RiderConstraint.values()) {
      if (!c.holds(p, d, steps)) {
        failed.add(c);
      }
    }
    return failed;
  }

  /** The largest alpha allowed by every alpha condition and, through the prescribed beta, the beta ones. */
  public static double alphaMax(ProblemConstants p, DeviceConstants d, double gamma) {
    Require.positive("gamma", gamma);
    double qMin = d.qMin();
    double qMax = d.qMax();
    double l = p.l();
    double alphaCap = Math.min(1 / (2 * gamma * l * qMax),
        Math.min(qMax / (qMin * qMin * gamma * l), 2 * qMax / (3 * qMin * gamma * l)));
    // beta = alpha * gamma * mu qMin^3/(4 sqrt34 qMax^3) <= gamma/(2 qMax)
    double alphaFromBeta = 2 * SQRT34 * qMax * qMax / (p.mu() * Math.pow(qMin, 3));
    return Math.min(alphaCap, alphaFromBeta);
  }

  /** The prescription with c = 1: alpha = min(1/sqrt(K), alphaMax). */
  public static RiderStepSizes prescribe(ProblemConstants p, DeviceConstants d, long k, double gamma) {
    return prescribe(p, d, k, gamma, 1);
  }

  /**
   * A feasible prescription: alpha = min(c/sqrt(K), {@link #alphaMax}), beta = {@link
   * #betaPrescribed}, eta = min(alpha mu q_min^4/(52 q_max^3), beta q_max^2/(gamma q_min), 1).
   */
  public static RiderStepSizes prescribe(
      ProblemConstants p, DeviceConstants d, long k, double gamma, double c) {
    Require.positive("K", k);
    Require.positive("c", c);
    double alpha = Math.min(c / Math.sqrt(k), alphaMax(p, d, gamma));
    double beta = betaPrescribed(p, d, alpha, gamma);
    RiderStepSizes probe = new RiderStepSizes(alpha, beta, 1, gamma);
    double eta = Math.min(1, Math.min(
        RiderConstraint.ETA_BY_ALPHA.limit(p, d, probe), RiderConstraint.ETA_BY_BETA.limit(p, d, probe)));
    return probe.withEta(eta);
  }

  /** C* threshold as printed in Theorem 3.7: (4 sqrt(2) sigma / mu) kappa2^{3/2}. */
  public static double cStarThresholdAsPrinted(ProblemConstants p, DeviceConstants d) {
    return 4 * Math.sqrt(2) * p.sigma() / p.mu() * Math.pow(d.kappa2(), 1.5);
  }

  /** C* threshold derived from the C_2 interval: 4 sqrt(2) sigma kappa2^{3/2} / sqrt(mu). */
  public static double cStarThresholdDerived(ProblemConstants p, DeviceConstants d) {
    return 4 * Math.sqrt(2) * p.sigma() * Math.pow(d.kappa2(), 1.5) / Math.sqrt(p.mu());
  }

  /** Whether C* &gt;= the derived threshold, i.e. the C_2 interval is non-empty. */
  public static boolean cStarFeasible(ProblemConstants p, DeviceConstants d) {
    return p.cStar() >= cStarThresholdDerived(p, d);
  }

  /** C_1 = 10 beta gamma q_max^2 / (alpha q_min^2). */
  public static double lyapunovC1(DeviceConstants d, RiderStepSizes s) {
    return 10 * s.beta() * s.gamma() * d.qMax() * d.qMax() / (s.alpha() * d.qMin() * d.qMin());
  }

  /** The interval [4 sigma^2/(C* q_min), mu q_min^2 C* / (8 q_max^3)] in which C_2 must lie. */
  public static Interval lyapunovC2Interval(ProblemConstants p, DeviceConstants d) {
    return new Interval(
        4 * p.sigma() * p.sigma() / (p.cStar() * d.qMin()),
        p.mu() * d.qMin() * d.qMin() * p.cStar() / (8 * Math.pow(d.qMax(), 3)));
  }

  /** The metric (14) with unit weights for the hidden O() terms. */
  public static double metricEK(double[] wDistanceSq, double[] pqDistanceSq, double[] gpNormSq) {
    return metricEK(wDistanceSq, pqDistanceSq, gpNormSq, 1, 1);
  }

  /**
   * The metric (14): (1/K) sum_k [||W_k - W*||^2 + pqWeight ||P_k - Q_k||^2 + gpWeight
   * ||G_p(P_k)||^2], from per-iteration sequences of equal length K (the hidden O() weights named).
   */
  public static double metricEK(
      double[] wDistanceSq, double[] pqDistanceSq, double[] gpNormSq, double pqWeight, double gpWeight) {
    Require.finiteVector("wDistanceSq", wDistanceSq);
    Require.finiteVector("pqDistanceSq", pqDistanceSq);
    Require.finiteVector("gpNormSq", gpNormSq);
    Require.sameLength("metric (14)", wDistanceSq, pqDistanceSq, gpNormSq);
    Require.nonNegative("pqWeight", pqWeight);
    Require.nonNegative("gpWeight", gpWeight);
    double[] terms = new double[wDistanceSq.length];
    for (int k = 0; k < terms.length; k++) {
      terms[k] = wDistanceSq[k] + pqWeight * pqDistanceSq[k] + gpWeight * gpNormSq[k];
    }
    return Require.mean("metric terms", terms);
  }

  /**
   * A closed real interval [lower, upper]; empty when lower &gt; upper.
   *
   * @param lower lower end
   * @param upper upper end
   */
  public record Interval(double lower, double upper) {
    /** True when lower &gt; upper. */
    public boolean isEmpty() {
      return lower > upper;
    }

    /** True when lower &lt;= x &lt;= upper. */
    public boolean contains(double x) {
      return lower <= x && x <= upper;
    }
  }
}
