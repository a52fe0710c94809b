package io.github.rider.theory;

/**
 * Step sizes of RIDER (Algorithm 2 of arXiv 2602.21321): updates (11a), (12), (11b).
 *
 * @param alpha step size of the P update (11a), alpha &gt; 0
 * @param beta  transfer step size of the W update (11b), beta &gt; 0
 * @param eta   EMA rate of Q (12), 0 &lt; eta &lt;= 1
 * @param gamma residual parameter of the mixed weight W_bar = W + gamma (P - Q), gamma &gt; 0
 */
public record RiderStepSizes(double alpha, double beta, double eta, double gamma) {

  public RiderStepSizes {
    Require.positive("alpha", alpha);
    Require.positive("beta", beta);
    Require.eta(eta);
    Require.positive("gamma", gamma);
  }

  public RiderStepSizes withAlpha(double v) {
    return new RiderStepSizes(v, beta, eta, gamma);
  }

  public RiderStepSizes withBeta(double v) {
    return new RiderStepSizes(alpha, v, eta, gamma);
  }

  public RiderStepSizes withEta(double v) {
    return new RiderStepSizes(alpha, beta, v, gamma);
  }

  public RiderStepSizes withGamma(double v) {
    return new RiderStepSizes(alpha, beta, eta, v);
  }
}
