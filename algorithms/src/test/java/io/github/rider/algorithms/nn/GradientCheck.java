package io.github.rider.algorithms.nn;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences for the layer tests. With h = 1e-5 the truncation error of a
 * central difference is O(h^2 f''') ~ 1e-10 and the rounding error O(eps / h) ~ 1e-11 for the
 * O(1) functions used here, so analytic and numeric derivatives of a correct layer agree to far
 * better than {@link #TOLERANCE}, while a wrong derivative is off by O(1).
 */
final class GradientCheck {
  static final double H = 1e-5;
  /** Largest accepted |analytic - numeric| / max(1, |numeric|). */
  static final double TOLERANCE = 1e-6;

  private GradientCheck() {}

  /** Numeric gradient of f at v (v is perturbed in place and restored). */
  static double[] numeric(double[] v, ToDoubleFunction<double[]> f) {
    double[] g = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double old = v[i];
      v[i] = old + H;
      double up = f.applyAsDouble(v);
      v[i] = old - H;
      double down = f.applyAsDouble(v);
      v[i] = old;
      g[i] = (up - down) / (2 * H);
    }
    return g;
  }

  /** max_i |a_i - n_i| / max(1, |n_i|). */
  static double maxRelativeError(double[] analytic, double[] numeric) {
    double worst = 0;
    for (int i = 0; i < numeric.length; i++) {
      worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]) / Math.max(1, Math.abs(numeric[i])));
    }
    return worst;
  }

  /** r . layer(x). */
  static double project(Layer layer, double[] x, double[] r) {
    double[] y = new double[layer.outputSize()];
    layer.forward(x, y);
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += r[i] * y[i];
    }
    return s;
  }

  /** Error of backward's dx against finite differences of r . layer(x). */
  static double inputGradientError(Layer layer, double[] x, double[] r) {
    double[] y = new double[layer.outputSize()];
    layer.forward(x, y);
    double[] dx = new double[layer.inputSize()];
    layer.backward(x, y, r, dx);
    return maxRelativeError(dx, numeric(x, v -> project(layer, v, r)));
  }

  /**
   * Error of the weight step of {@code update} (lr = 1 on a single sample: W - W' is the
   * gradient) against finite differences of r . layer(x) in the weights of {@code m}.
   */
  static double weightGradientError(Layer layer, TrainableMatrix m, double[] x, double[] r) {
    double[] w = new double[m.rows() * m.cols()];
    m.readWeights(w);
    double[] numeric = numeric(w, v -> {
      m.setWeights(v);
      return project(layer, x, r);
    });
    m.setWeights(w);
    double[] y = new double[layer.outputSize()];
    layer.forward(x, y);
    layer.backward(x, y, r, null);
    layer.update(new double[][] {x}, new double[][] {r}, 1, 1.0);
    double[] after = new double[w.length];
    m.readWeights(after);
    m.setWeights(w);
    double[] analytic = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      analytic[i] = w[i] - after[i];
    }
    return maxRelativeError(analytic, numeric);
  }

  static double[] uniform(java.util.random.RandomGenerator rng, int n, double scale) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = scale * (2 * rng.nextDouble() - 1);
    }
    return v;
  }
}
