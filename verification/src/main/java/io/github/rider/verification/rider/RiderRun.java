package io.github.rider.verification.rider;

/**
 * Averages over k = 0..K of one RIDER run (divided by K, as in (72)), and the box the iterates
 * visited (the start 0 included).
 *
 * @param gap             (1/K) sum_{k=0}^{K} (f(W_bar_k) - f*)
 * @param pStar           (1/K) sum ||P*(W_k, Q_k) - Q_k||^2 = (1/K) sum ||W_k - W*||^2 / gamma^2
 * @param gpSq            (1/K) sum ||G_p(P_k)||^2
 * @param lastWDistanceSq ||W_K - W*||^2
 * @param pMin            smallest coordinate of P visited
 * @param pMax            largest coordinate of P visited
 * @param wMin            smallest coordinate of W visited
 * @param wMax            largest coordinate of W visited
 */
public record RiderRun(double gap, double pStar, double gpSq, double lastWDistanceSq,
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
