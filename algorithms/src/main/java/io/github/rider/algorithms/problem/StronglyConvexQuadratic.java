package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;

/**
 * f(W) = (1/2) sum_d lambda_d (W_d - W*_d)^2 with lambda_d = mu kappa^{d/(D-1)} log-spaced from mu
 * to L = mu kappa (condition number kappa1 = kappa exactly). The stochastic gradient adds
 * N(0, sigma^2/D) per coordinate, so E||g - grad f||^2 = sigma^2 everywhere (Assumption 3.2 holds
 * with equality). This is the "setup B" family of docs/algorithms.md §6 (there with kappa = 1, mu =
 * 10, sigma = 0.2).
 */
public final class StronglyConvexQuadratic implements Objective {

  private final double[] curvature;
  private final double[] optimum;
  private final double sigma;

  private StronglyConvexQuadratic(double[] curvature, double[] optimum, double sigma) {
    this.curvature = curvature;
    this.optimum = optimum;
    this.sigma = sigma;
  }

  /**
   * An instance with W*_d ~ N(0, optimumScale^2).
   *
   * @param dim          D
   * @param mu           smallest curvature (&gt; 0)
   * @param kappa        condition number L/mu (&gt;= 1)
   * @param sigma        gradient-noise level (total std over all coordinates)
   * @param optimumScale std of the entries of W*
   * @param rng          generator for W*
   */
  public static StronglyConvexQuadratic of(int dim, double mu, double kappa, double sigma,
      double optimumScale, RandomGenerator rng) {
    Vectors.requirePositive("dim", dim);
    if (!(kappa >= 1) || Double.isInfinite(kappa)) {
      throw new IllegalArgumentException("kappa must be finite and >= 1, was " + kappa);
    }
    Vectors.requireNonNegative("sigma", sigma);
    Vectors.requireNonNegative("optimumScale", optimumScale);
    double[] c = new double[dim];
    for (int d = 0; d < dim; d++) {
      c[d] = mu * Math.pow(kappa, dim == 1 ? 0 : d / (double) (dim - 1));
    }
    StronglyConvexQuadratic q =
        new StronglyConvexQuadratic(c, Vectors.gaussian(dim, optimumScale, rng), sigma);
    q.constants(); // validates mu
    return q;
  }

  @Override
  public String name() {
    return "quadratic";
  }

  @Override
  public int dimension() {
    return optimum.length;
  }

  @Override
  public double value(double[] w) {
    double s = 0;
    for (int d = 0; d < w.length; d++) {
      double e = w[d] - optimum[d];
      s += curvature[d] * e * e;
    }
    return 0.5 * s;
  }

  @Override
  public void gradient(double[] w, double[] out) {
    for (int d = 0; d < w.length; d++) {
      out[d] = curvature[d] * (w[d] - optimum[d]);
    }
  }

  @Override
  public void stochasticGradient(double[] w, RandomGenerator rng, double[] out) {
    gradient(w, out);
    Vectors.addGaussian(out, sigma / Math.sqrt(w.length), rng);
  }

  @Override
  public double[] optimum() {
    return optimum.clone();
  }

  @Override
  public ObjectiveConstants constants() {
    return new ObjectiveConstants(curvature[curvature.length - 1], curvature[0], sigma);
  }
}
