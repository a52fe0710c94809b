package io.github.rider.algorithms;

/**
 * The reference filter of RIDER and E-RIDER, paper eq. (12): the digital exponential moving
 * average Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}, element-wise. As a filter of the sequence P_k it
 * is the low-pass H(z) = eta / (1 - (1 - eta) z^-1) of Lemma 3.10 (16); Lemma 3.5 gives the eta
 * window in which one step moves Q closer to P's symmetric point.
 */
public final class ReferenceEma {

  private ReferenceEma() {}

  /**
   * One step of (12) in place: {@code q[i] = (1 - eta) q[i] + eta p[i]}.
   *
   * @param eta the EMA rate, in [0, 1]
   */
  public static void step(double[] q, double[] p, double eta) {
    if (q.length != p.length) {
      throw new IllegalArgumentException("q and p must have equal lengths, were " + q.length + " and " + p.length);
    }
    for (int i = 0; i < q.length; i++) {
      q[i] = (1 - eta) * q[i] + eta * p[i];
    }
  }
}
