package io.github.rider.verification.gen;

import io.github.rider.algorithms.problem.Objective;
import io.github.rider.algorithms.problem.ObjectiveConstants;
import java.util.random.RandomGenerator;

/**
 * A strongly convex quadratic with a planted optimum, f(W) = (1/2) sum_d h_d (W_d - W*_d)^2, with
 * stochastic gradients grad f(W) + sigma_d xi (xi standard normal per coordinate), the reference
 * problem of the Theorem 3.7 checks, and an {@link Objective} that the production algorithms run on. Constants (Assumptions 3.1-3.3): L = max h_d, mu = min h_d,
 * gradient-noise variance sigma^2 = D noiseStd^2. Assumption 3.6: E|grad f + noiseStd xi|_d
 * &gt;= E|noiseStd xi| = noiseStd sqrt(2/pi) =: C* (the mean absolute value of a normal is smallest
 * at mean 0).
 *
 * @param curvature h_d &gt; 0 per coordinate
 * @param optimum   W*, the planted minimiser
 * @param noiseStd  standard deviation of the gradient noise per coordinate (&gt;= 0)
 */
public record PlantedQuadratic(double[] curvature, double[] optimum, double noiseStd) implements Objective {

  public PlantedQuadratic {
    if (curvature == null || optimum == null || curvature.length != optimum.length || curvature.length == 0) {
      throw new IllegalArgumentException("curvature and optimum must be non-empty and of equal length");
    }
    curvature = curvature.clone();
    optimum = optimum.clone();
    for (double h : curvature) {
      if (!(h > 0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("curvature entries must be finite and > 0, was " + h);
      }
    }
    for (double w : optimum) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("optimum entries must be finite, was " + w);
      }
    }
    if (!(noiseStd >= 0) || Double.isInfinite(noiseStd)) {
      throw new IllegalArgumentException("noiseStd must be finite and >= 0, was " + noiseStd);
    }
  }

  @Override
  public String name() {
    return "planted-quadratic";
  }

  @Override
  public int dimension() {
    return curvature.length;
  }

  /** f(W) - f* = (1/2) sum h_d (W_d - W*_d)^2. */
  public double gap(double[] w) {
    double s = 0;
    for (int d = 0; d < w.length; d++) {
      double e = w[d] - optimum[d];
      s += curvature[d] * e * e;
    }
    return 0.5 * s;
  }

  /** f(W) = f(W) - f*, as f* = 0. */
  @Override
  public double value(double[] w) {
    return gap(w);
  }

  @Override
  public void gradient(double[] w, double[] out) {
    for (int d = 0; d < w.length; d++) {
      out[d] = curvature[d] * (w[d] - optimum[d]);
    }
  }

  /** L = max h_d, mu = min h_d, sigma = sqrt(D) noiseStd. */
  @Override
  public ObjectiveConstants constants() {
    return new ObjectiveConstants(smoothness(), strongConvexity(), Math.sqrt(noiseVariance()));
  }

  /** A stochastic gradient at W into {@code out}. */
  @Override
  public void stochasticGradient(double[] w, RandomGenerator rng, double[] out) {
    for (int d = 0; d < w.length; d++) {
      out[d] = curvature[d] * (w[d] - optimum[d]) + (noiseStd > 0 ? noiseStd * rng.nextGaussian() : 0);
    }
  }

  public double smoothness() {
    double m = 0;
    for (double h : curvature) {
      m = Math.max(m, h);
    }
    return m;
  }

  public double strongConvexity() {
    double m = Double.POSITIVE_INFINITY;
    for (double h : curvature) {
      m = Math.min(m, h);
    }
    return m;
  }

  /** sigma^2 of Assumption 3.2: D noiseStd^2. */
  public double noiseVariance() {
    return curvature.length * noiseStd * noiseStd;
  }

  /** C* of Assumption 3.6: noiseStd sqrt(2/pi). */
  public double cStar() {
    return noiseStd * Math.sqrt(2 / Math.PI);
  }

  @Override
  public double[] curvature() {
    return curvature.clone();
  }

  @Override
  public double[] optimum() {
    return optimum.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlantedQuadratic p && java.util.Arrays.equals(curvature, p.curvature)
        && java.util.Arrays.equals(optimum, p.optimum) && noiseStd == p.noiseStd;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(curvature) * 31 + java.util.Arrays.hashCode(optimum);
  }

  @Override
  public String toString() {
    return "PlantedQuadratic[h=" + java.util.Arrays.toString(curvature) + ", W*="
        + java.util.Arrays.toString(optimum) + ", noiseStd=" + noiseStd + "]";
  }
}
