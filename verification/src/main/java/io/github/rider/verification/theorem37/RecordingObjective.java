package io.github.rider.verification.theorem37;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.verification.internal.ForwardingObjective;
import java.util.random.RandomGenerator;

/**
 * An objective that passes every call to the wrapped one and, at each stochastic-gradient call of
 * iteration k, adds the terms of the left side of (72) at k: f(W_bar_k) - f* (W_bar_k is the
 * argument), ||W_k - W*||^2 and ||G_p(P_k)||^2 (read from the arrays, which still hold P_k and W_k
 * when RIDER asks for the gradient). Optionally the noise is fixed: grad f(W) + s z for a given z.
 */
final class RecordingObjective extends ForwardingObjective {

  private final double fStar;
  private final double[] wStar;
  private final double noiseStd;
  private final double fixedZ;
  private final boolean fixed;
  private AnalogArray p;
  private AnalogArray w;
  double gapSum;
  double distSum;
  double gpSum;
  double pMin = Double.POSITIVE_INFINITY;
  double pMax = Double.NEGATIVE_INFINITY;
  double wMin = Double.POSITIVE_INFINITY;
  double wMax = Double.NEGATIVE_INFINITY;

  private RecordingObjective(Objective f, double noiseStd, double fixedZ, boolean fixed) {
    super(f);
    this.fStar = f.optimalValue();
    this.wStar = f.optimum();
    this.noiseStd = noiseStd;
    this.fixedZ = fixedZ;
    this.fixed = fixed;
  }

  /** Records while delegating the stochastic gradient to {@code f}. */
  static RecordingObjective recording(Objective f) {
    return new RecordingObjective(f, 0, 0, false);
  }

  /** grad f(W) + noiseStd z with z fixed (one realisation of the sample, for exact expectations). */
  static RecordingObjective fixedNoise(Objective f, double noiseStd, double z) {
    return new RecordingObjective(f, noiseStd, z, true);
  }

  /** The arrays holding P and W. */
  RecordingObjective attach(AnalogArray pArray, AnalogArray wArray) {
    this.p = pArray;
    this.w = wArray;
    return this;
  }

  /** Adds the terms at the current state with mixed weight {@code wBar}. */
  void record(double[] wBar) {
    gapSum += f.value(wBar) - fStar;
    for (int i = 0; i < wStar.length; i++) {
      double pi = p.read(i);
      double wi = w.read(i);
      double g = p.response(i).g(pi);
      distSum += (wi - wStar[i]) * (wi - wStar[i]);
      gpSum += g * g;
      pMin = Math.min(pMin, pi);
      pMax = Math.max(pMax, pi);
      wMin = Math.min(wMin, wi);
      wMax = Math.max(wMax, wi);
    }
  }

  @Override
  public void stochasticGradient(double[] x, RandomGenerator rng, double[] out) {
    if (p != null) {
      record(x);
    }
    if (fixed) {
      f.gradient(x, out);
      for (int i = 0; i < out.length; i++) {
        out[i] += noiseStd * fixedZ;
      }
    } else {
      f.stochasticGradient(x, rng, out);
    }
  }
}
