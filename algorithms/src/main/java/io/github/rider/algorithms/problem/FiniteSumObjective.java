package io.github.rider.algorithms.problem;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * f(W) = (1/n) sum_i phi_i(x_i^T W) + (lambda/2)||W||^2 over a fixed design X (n x D). The
 * stochastic gradient averages {@code batch} rows drawn uniformly with replacement and adds
 * independent N(0, s^2) noise per coordinate: g = (1/B) sum_b phi'_{i_b}(x^T W) x_{i_b} + lambda W
 * + eps. Subclasses give phi_i and phi_i'.
 */
abstract class FiniteSumObjective implements Objective {

  final double[][] x;
  final int batch;
  final double gradientNoise;
  final double lambda;
  private double[] optimum;
  private ObjectiveConstants constants;

  FiniteSumObjective(double[][] x, int batch, double gradientNoise, double lambda) {
    Vectors.requirePositive("rows", x.length);
    Vectors.requirePositive("batch", batch);
    Vectors.requireNonNegative("gradientNoise", gradientNoise);
    Vectors.requireNonNegative("lambda", lambda);
    this.x = x;
    this.batch = batch;
    this.gradientNoise = gradientNoise;
    this.lambda = lambda;
  }

  /** phi_i(z). */
  abstract double loss(int i, double z);

  /** phi_i'(z). */
  abstract double lossDerivative(int i, double z);

  /** Curvature bounds: phi_i'' lies in [lower, upper] for every i and z. */
  abstract double curvatureLower();

  abstract double curvatureUpper();

  /** Called once by the subclass constructor with the (numerically exact) minimiser. */
  final void setOptimum(double[] wStar) {
    this.optimum = wStar.clone();
    this.constants = computeConstants();
  }

  @Override
  public int dimension() {
    return x[0].length;
  }

  /** Number of rows n. */
  public int rows() {
    return x.length;
  }

  @Override
  public double value(double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += loss(i, Vectors.dot(x[i], w));
    }
    return s / x.length + 0.5 * lambda * Vectors.normSquared(w);
  }

  @Override
  public void gradient(double[] w, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int i = 0; i < x.length; i++) {
      addRow(i, lossDerivative(i, Vectors.dot(x[i], w)) / x.length, out);
    }
    addRegulariser(w, out);
  }

  @Override
  public void stochasticGradient(double[] w, RandomGenerator rng, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int b = 0; b < batch; b++) {
      int i = rng.nextInt(x.length);
      addRow(i, lossDerivative(i, Vectors.dot(x[i], w)) / batch, out);
    }
    addRegulariser(w, out);
    Vectors.addGaussian(out, gradientNoise, rng);
  }

  private void addRow(int i, double scale, double[] out) {
    double[] row = x[i];
    for (int d = 0; d < out.length; d++) {
      out[d] += scale * row[d];
    }
  }

  private void addRegulariser(double[] w, double[] out) {
    if (lambda != 0) {
      for (int d = 0; d < out.length; d++) {
        out[d] += lambda * w[d];
      }
    }
  }

  @Override
  public double[] optimum() {
    return optimum.clone();
  }

  @Override
  public ObjectiveConstants constants() {
    return constants;
  }

  /** H0 = X^T X / n. */
  final double[][] gram(double[] weights) {
    int dim = dimension();
    double[][] h = new double[dim][dim];
    for (int i = 0; i < x.length; i++) {
      double[] row = x[i];
      double wi = weights == null ? 1.0 / x.length : weights[i] / x.length;
      for (int a = 0; a < dim; a++) {
        for (int c = a; c < dim; c++) {
          h[a][c] += wi * row[a] * row[c];
        }
      }
    }
    for (int a = 0; a < dim; a++) {
      for (int c = 0; c < a; c++) {
        h[a][c] = h[c][a]; // exactly symmetric, as Cholesky requires
      }
    }
    return h;
  }

  private ObjectiveConstants computeConstants() {
    double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(gram(null), false))
        .getRealEigenvalues();
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (double e : eig) {
      max = Math.max(max, e);
      min = Math.min(min, e);
    }
    double l = curvatureUpper() * max + lambda;
    double mu = curvatureLower() * Math.max(min, 0) + lambda;
    // sigma^2 at W*: (1/B) Var_i[g_i(W*)] + D s^2, with g_i the one-row gradient.
    double[] mean = new double[dimension()];
    double second = 0;
    double[] gi = new double[dimension()];
    for (int i = 0; i < x.length; i++) {
      java.util.Arrays.fill(gi, 0);
      addRow(i, lossDerivative(i, Vectors.dot(x[i], optimum)), gi);
      addRegulariser(optimum, gi);
      second += Vectors.normSquared(gi) / x.length;
      for (int d = 0; d < gi.length; d++) {
        mean[d] += gi[d] / x.length;
      }
    }
    double variance = (second - Vectors.normSquared(mean)) / batch
        + dimension() * gradientNoise * gradientNoise;
    return new ObjectiveConstants(l, mu, Math.sqrt(Math.max(variance, 0)));
  }
}
