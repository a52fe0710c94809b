package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Least squares with a planted optimum: f(W) = (1/(2n)) ||A W - y||^2, A_ij ~ N(0, 1/D),
 * W*_d ~ N(0, s_opt^2), and y = A W* + r where r is Gaussian label noise of level s_y projected
 * onto the orthogonal complement of range(A) (r = e - A (A^T A)^{-1} A^T e). Hence A^T r = 0 and
 * W* is the exact minimiser whatever the label noise, while the per-row residuals (and so the
 * minibatch gradient noise at W*) are nonzero.
 *
 * <p>Stochastic gradient: minibatch of B rows with replacement plus N(0, s_g^2) per coordinate
 * (docs/algorithms.md §6, "setup A": n = 200, B = 8, s_g = 0.1). L and mu are the extreme
 * eigenvalues of A^T A / n; sigma is computed exactly at W* (see {@link ObjectiveConstants}).
 */
public final class LeastSquares extends FiniteSumObjective {

  private final double[] y;

  private LeastSquares(double[][] a, double[] y, int batch, double gradientNoise) {
    super(a, batch, gradientNoise, 0);
    this.y = y;
  }

  /**
   * A planted instance.
   *
   * @param dim           D (&gt; 0)
   * @param rows          n (&gt;= D, so that A^T A is invertible)
   * @param optimumScale  s_opt, std of the entries of W*
   * @param labelNoise    s_y, std of the label noise before projection
   * @param batch         minibatch size B
   * @param gradientNoise s_g, std of the additive gradient noise per coordinate
   * @param rng           generator for A, W* and the label noise
   */
  public static LeastSquares planted(int dim, int rows, double optimumScale, double labelNoise,
      int batch, double gradientNoise, RandomGenerator rng) {
    Vectors.requirePositive("dim", dim);
    if (rows < dim) {
      throw new IllegalArgumentException("rows must be >= dim (" + dim + "), was " + rows);
    }
    Vectors.requireNonNegative("optimumScale", optimumScale);
    Vectors.requireNonNegative("labelNoise", labelNoise);
    double[][] a = new double[rows][];
    for (int i = 0; i < rows; i++) {
      a[i] = Vectors.gaussian(dim, 1 / Math.sqrt(dim), rng);
    }
    double[] wStar = Vectors.gaussian(dim, optimumScale, rng);
    double[] e = Vectors.gaussian(rows, labelNoise, rng);
    RealMatrix am = new Array2DRowRealMatrix(a, false);
    RealMatrix ata = am.transpose().multiply(am);
    double[] coef = new CholeskyDecomposition(ata).getSolver()
        .solve(am.transpose().operate(new ArrayRealVector(e, false))).toArray();
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = Vectors.dot(a[i], wStar) + e[i] - Vectors.dot(a[i], coef);
    }
    LeastSquares ls = new LeastSquares(a, y, batch, gradientNoise);
    ls.setOptimum(wStar);
    return ls;
  }

  @Override
  public String name() {
    return "least-squares";
  }

  @Override
  double loss(int i, double z) {
    double r = z - y[i];
    return 0.5 * r * r;
  }

  @Override
  double lossDerivative(int i, double z) {
    return z - y[i];
  }

  @Override
  double curvatureLower() {
    return 1;
  }

  @Override
  double curvatureUpper() {
    return 1;
  }
}
