package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * L2-regularised logistic regression on synthetic data:
 * f(W) = (1/n) sum_i log(1 + exp(-y_i x_i^T W)) + (lambda/2)||W||^2, with x_ij ~ N(0, 1/D),
 * labels y_i in {-1, +1} drawn with P(y_i = 1) = 1/(1 + exp(-x_i^T w_true)),
 * w_true_d ~ N(0, s_true^2).
 *
 * <p>The optimum W* is found by Newton's method (Cholesky solves of the exact Hessian) from 0
 * until the gradient norm is below {@value #GRADIENT_TOLERANCE} or 100 iterations; f is
 * lambda-strongly convex so Newton converges quadratically and ||W_found - W*|| &lt;=
 * ||grad f||/lambda. Constants: mu = lambda (a lower bound), L = lambda_max(X^T X/n)/4 + lambda
 * (an upper bound), sigma exact at W* as in {@link ObjectiveConstants}.
 */
public final class LogisticRegression extends FiniteSumObjective {

  /** Newton stopping tolerance on ||grad f(W*)||. */
  public static final double GRADIENT_TOLERANCE = 1e-13;

  private final double[] y;

  private LogisticRegression(double[][] x, double[] y, int batch, double gradientNoise,
      double lambda) {
    super(x, batch, gradientNoise, lambda);
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("lambda must be > 0 (strong convexity), was " + lambda);
    }
    this.y = y;
  }

  /**
   * A synthetic instance.
   *
   * @param dim           D
   * @param rows          n
   * @param trueScale     s_true, std of the entries of the generating w_true
   * @param lambda        L2 regularisation (&gt; 0), equal to mu
   * @param batch         minibatch size B
   * @param gradientNoise std of the additive gradient noise per coordinate
   * @param rng           generator for X, w_true and the labels
   */
  public static LogisticRegression synthetic(int dim, int rows, double trueScale, double lambda,
      int batch, double gradientNoise, RandomGenerator rng) {
    Vectors.requirePositive("dim", dim);
    Vectors.requirePositive("rows", rows);
    Vectors.requireNonNegative("trueScale", trueScale);
    double[][] x = new double[rows][];
    for (int i = 0; i < rows; i++) {
      x[i] = Vectors.gaussian(dim, 1 / Math.sqrt(dim), rng);
    }
    double[] wTrue = Vectors.gaussian(dim, trueScale, rng);
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = rng.nextDouble() < sigmoid(Vectors.dot(x[i], wTrue)) ? 1 : -1;
    }
    LogisticRegression lr = new LogisticRegression(x, y, batch, gradientNoise, lambda);
    lr.setOptimum(lr.newton());
    return lr;
  }

  private double[] newton() {
    int dim = dimension();
    double[] w = new double[dim];
    double[] g = new double[dim];
    double[] curvature = new double[rows()];
    for (int it = 0; it < 100; it++) {
      gradient(w, g);
      if (Math.sqrt(Vectors.normSquared(g)) < GRADIENT_TOLERANCE) {
        break;
      }
      for (int i = 0; i < rows(); i++) {
        double s = sigmoid(Vectors.dot(x[i], w));
        curvature[i] = s * (1 - s);
      }
      double[][] h = gram(curvature);
      for (int d = 0; d < dim; d++) {
        h[d][d] += lambda;
      }
      double[] step = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
          .solve(new ArrayRealVector(g, false)).toArray();
      for (int d = 0; d < dim; d++) {
        w[d] -= step[d];
      }
    }
    return w;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  @Override
  public String name() {
    return "logistic";
  }

  @Override
  double loss(int i, double z) {
    double m = -y[i] * z; // softplus(m) = log(1 + e^m), computed stably
    return m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }

  @Override
  double lossDerivative(int i, double z) {
    return -y[i] * sigmoid(-y[i] * z);
  }

  @Override
  double curvatureLower() {
    return 0;
  }

  @Override
  double curvatureUpper() {
    return 0.25;
  }
}
