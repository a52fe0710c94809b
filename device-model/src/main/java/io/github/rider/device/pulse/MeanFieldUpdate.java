package io.github.rider.device.pulse;

import io.github.rider.device.ResponseFunction;
import java.util.random.RandomGenerator;

/**
 * The dw_min &rarr; 0 ("mean-field", "Analog Update") mode, paper eq. (2) (Wu et al. 2025 eq. 5
 * plus the discretisation noise of Li et al. 2025): for a desired increment dW,
 * w &larr; clip(w + dW F(w) - |dW| G(w) + b), with F = (q- + q+)/2, G = (q- - q+)/2 and
 * b ~ N(0, c |dW| dwMin) Gaussian, clipped to the response's range [wMin, wMax].
 *
 * <p>The constant c ({@code noiseFactor}): Li et al. only state Var b = Theta(alpha dw_min). For
 * stochastic rounding of an increment |dW| &lt;= dwMin into 0 or 1 pulse, Var = dwMin |dW| (1 - p)
 * with p = |dW|/dwMin, so c = 1 is the small-increment value; multiplicative cycle-to-cycle noise
 * sigma adds about sigma^2 q^2, so c = 1 + sigma^2 approximates a noisy pulsed device.
 * c = 0 gives the noise-free eq. (2) (then {@code rng} is not used and may be null).
 *
 * @param noiseFactor c &gt;= 0 (dimensionless)
 */
public record MeanFieldUpdate(double noiseFactor) implements ElementUpdate {

  /** Noise-free eq. (2). */
  public static final MeanFieldUpdate NOISE_FREE = new MeanFieldUpdate(0);

  public MeanFieldUpdate {
    if (!(noiseFactor >= 0) || Double.isInfinite(noiseFactor)) {
      throw new IllegalArgumentException("noiseFactor must be finite and >= 0, was " + noiseFactor);
    }
  }

  /**
   * The unclipped new weight w + dW F - |dW| G + b given q+ = {@code qPlus} and q- = {@code qMinus}
   * at w. Equivalently w + dW q+ for dW &gt;= 0 and w + dW q- for dW &lt; 0 (eq. 5), plus b.
   */
  public double step(
      double w, double qPlus, double qMinus, double dW, double dwMin, RandomGenerator rng) {
    double f = 0.5 * (qMinus + qPlus);
    double g = 0.5 * (qMinus - qPlus);
    double next = w + dW * f - Math.abs(dW) * g;
    if (noiseFactor > 0 && dW != 0) {
      next += Math.sqrt(noiseFactor * Math.abs(dW) * dwMin) * rng.nextGaussian();
    }
    return next;
  }

  /** One update of a single weight on response {@code q}, clipped to [q.wMin(), q.wMax()]. */
  @Override
  public double apply(ResponseFunction q, double w, double dW, double dwMin, RandomGenerator rng) {
    double next = step(w, q.qPlus(w), q.qMinus(w), dW, dwMin, rng);
    return Math.max(q.wMin(), Math.min(q.wMax(), next));
  }

  /** {@link #NOISE_FREE}. */
  @Override
  public ElementUpdate noiseFree() {
    return NOISE_FREE;
  }

  /** Whether c &gt; 0. */
  @Override
  public boolean needsRandomness() {
    return noiseFactor > 0;
  }

  /** Element-wise update of {@code w} in place: w[i] on response q[i] with increment dW[i]. */
  public void apply(
      ResponseFunction[] q, double[] w, double[] dW, double dwMin, RandomGenerator rng) {
    if (q.length != w.length || dW.length != w.length) {
      throw new IllegalArgumentException("q, w and dW must have equal lengths, were "
          + q.length + ", " + w.length + ", " + dW.length);
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = apply(q[i], w[i], dW[i], dwMin, rng);
    }
  }
}
