package io.github.rider.theory;

/**
 * Lemma 3.5 of the paper (arXiv 2602.21321): the EMA (12) amplifies the attraction of the
 * symmetric point. With Q_{k+1} = (1 - eta) Q_k + eta P_{k+1} and G_p(W*) = 0 (W* the SP), the
 * identity of the proof (App. D.1)
 *
 * <pre>
 *   ||Q_{k+1} - W*||^2 = ||P_{k+1} - W*||^2 + (1-eta)^2 ||P_{k+1} - Q_k||^2
 *                        - 2 (1-eta) ||P_{k+1} - W*|| ||P_{k+1} - Q_k|| cos(theta)
 * </pre>
 *
 * with cos(theta) = cos(P_{k+1} - W*, P_{k+1} - Q_k), gives ||Q_{k+1} - W*|| &lt; ||P_{k+1} - W*||
 * exactly for eta in the window
 *
 * <pre>
 *   max{ 1 - 2 ||P_{k+1} - W*|| cos(theta) / ||P_{k+1} - Q_k||, 0 } &lt; eta &lt; 1,
 * </pre>
 *
 * which is non-empty iff cos(theta) &gt; 0. Arguments are P = P_{k+1}, Q = Q_k and the SP, as
 * arrays of one length, with P != Q and P != SP.
 */
public final class Lemma3_5EmaWindow {

  private Lemma3_5EmaWindow() {}

  /** cos(theta) = &lt;P - W*, P - Q&gt; / (||P - W*|| ||P - Q||). */
  public static double cosTheta(double[] p, double[] q, double[] sp) {
    check(p, q, sp);
    return dotPsPq(p, q, sp) / Math.sqrt(normSq(p, sp) * normSq(p, q));
  }

  /** The lower end max{1 - 2 ||P - W*|| cos(theta)/||P - Q||, 0} of the window (&gt;= 1: empty). */
  public static double etaLowerBound(double[] p, double[] q, double[] sp) {
    check(p, q, sp);
    // 2 ||P - W*|| cos(theta) / ||P - Q|| = 2 <P - W*, P - Q> / ||P - Q||^2
    return Math.max(1 - 2 * dotPsPq(p, q, sp) / normSq(p, q), 0);
  }

  /** True when eta lies strictly inside the window (lower, 1). */
  public static boolean inWindow(double eta, double[] p, double[] q, double[] sp) {
    Require.finite("eta", eta);
    return eta > etaLowerBound(p, q, sp) && eta < 1;
  }

  /** The EMA step (12): (1 - eta) Q + eta P. */
  public static double[] emaStep(double[] q, double[] p, double eta) {
    Require.eta(eta);
    Require.finiteVector("Q", q);
    Require.finiteVector("P", p);
    Require.sameLength("emaStep", q, p);
    double[] out = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      out[i] = (1 - eta) * q[i] + eta * p[i];
    }
    return out;
  }

  /** The right-hand side of the identity, i.e. ||Q_{k+1} - W*||^2 computed from P, Q, W* and eta. */
  public static double distanceSquaredIdentity(double[] p, double[] q, double[] sp, double eta) {
    Require.eta(eta);
    double a = 1 - eta;
    double ps = normSq(p, sp);
    double pq = normSq(p, q);
    return ps + a * a * pq - 2 * a * Math.sqrt(ps) * Math.sqrt(pq) * cosTheta(p, q, sp);
  }

  /** Squared Euclidean distance ||a - b||^2. */
  public static double distanceSquared(double[] a, double[] b) {
    Require.finiteVector("a", a);
    Require.finiteVector("b", b);
    Require.sameLength("distanceSquared", a, b);
    return normSq(a, b);
  }

  private static void check(double[] p, double[] q, double[] sp) {
    Require.finiteVector("P", p);
    Require.finiteVector("Q", q);
    Require.finiteVector("SP", sp);
    Require.sameLength("Lemma 3.5", p, q, sp);
    if (normSq(p, q) == 0 || normSq(p, sp) == 0) {
      throw new IllegalArgumentException(
          "Lemma 3.5 needs P != Q and P != W* (cos(theta) is undefined otherwise)");
    }
  }

  private static double normSq(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return s;
  }

  private static double dotPsPq(double[] p, double[] q, double[] sp) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += (p[i] - sp[i]) * (p[i] - q[i]);
    }
    return s;
  }
}
