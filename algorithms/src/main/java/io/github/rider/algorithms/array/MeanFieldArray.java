package io.github.rider.algorithms.array;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.ElementUpdate;
import io.github.rider.device.pulse.MeanFieldUpdate;
import java.util.random.RandomGenerator;

/**
 * The mean-field (dw_min -&gt; 0) analog array of paper eq. (2), element-wise:
 * w_i &lt;- clip(w_i + dW_i F_i(w_i) - |dW_i| G_i(w_i) + b_i) to the response's range
 * [wMin, wMax].
 *
 * <p>The update itself is device-model's {@link MeanFieldUpdate}: b_i ~ N(0, c |dW_i| dw_min)
 * independently (Assumption 3.4: E b = 0, Var b = Theta(alpha dw_min)); c = 1 is the constant of
 * stochastic rounding of a sub-dw_min increment, Var(n dw_min) = |dW| dw_min (1 - |dW|/dw_min);
 * c = 0 ({@link MeanFieldUpdate#NOISE_FREE}) gives b = 0.
 *
 * <p>Pulse accounting: an update of dW_i is counted as ceil(|dW_i|/dw_min) pulses on element i
 * (the bit length of a deterministic pulse train), a single pulse as one.
 */
public final class MeanFieldArray implements AnalogArray {

  private final ResponseFunction[] responses;
  private final double dwMin;
  private final double[] w;
  private final ElementUpdate rule;
  private final ElementUpdate pulseRule;
  private final RandomGenerator noise;
  private long pulses;
  private long cycles;
  private long programmed;

  private MeanFieldArray(ResponseFunction[] responses, double dwMin, double[] initial,
      ElementUpdate rule, RandomGenerator noise) {
    this.responses = responses.clone();
    this.dwMin = dwMin;
    this.w = initial.clone();
    this.rule = rule;
    this.pulseRule = rule.noiseFree();
    this.noise = noise;
  }

  /**
   * A mean-field array with unit noise factor if {@code noise} is given, noise-free otherwise.
   *
   * @param responses per-element response functions
   * @param dwMin     dw_min (&gt; 0)
   * @param initial   initial weights (not counted as programming), clipped to the ranges
   * @param noise     generator of the discretisation noise b, or {@code null} for b = 0
   */
  public static MeanFieldArray of(ResponseFunction[] responses, double dwMin, double[] initial,
      RandomGenerator noise) {
    return of(responses, dwMin, initial,
        noise == null ? MeanFieldUpdate.NOISE_FREE : new MeanFieldUpdate(1), noise);
  }

  /**
   * A mean-field array with the given update rule ({@link MeanFieldUpdate}: eq. (2) with its
   * noise factor); single pulses use the rule's {@link ElementUpdate#noiseFree()} form.
   *
   * @param rule  the element update
   * @param noise generator of b (may be null when the rule needs no randomness)
   */
  public static MeanFieldArray of(ResponseFunction[] responses, double dwMin, double[] initial,
      ElementUpdate rule, RandomGenerator noise) {
    if (rule == null || (rule.needsRandomness() && noise == null)) {
      throw new IllegalArgumentException("a noisy rule needs a noise generator");
    }
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (initial.length != responses.length) {
      throw new IllegalArgumentException("initial must have one weight per response ("
          + responses.length + "), had " + initial.length);
    }
    MeanFieldArray a = new MeanFieldArray(responses, dwMin, initial, rule, noise);
    for (int i = 0; i < a.w.length; i++) {
      a.w[i] = a.clip(i, a.w[i]);
    }
    return a;
  }

  private double clip(int i, double v) {
    return Math.min(responses[i].wMax(), Math.max(responses[i].wMin(), v));
  }

  @Override
  public int size() {
    return w.length;
  }

  @Override
  public double dwMin() {
    return dwMin;
  }

  @Override
  public double read(int i) {
    return w[i];
  }

  @Override
  public void update(double[] desiredIncrement) {
    long maxCount = 0;
    for (int i = 0; i < w.length; i++) {
      double dw = desiredIncrement[i];
      if (dw == 0) {
        continue;
      }
      w[i] = rule.apply(responses[i], w[i], dw, dwMin, noise);
      long count = (long) Math.ceil(Math.abs(dw) / dwMin);
      pulses += count;
      maxCount = Math.max(maxCount, count);
    }
    cycles += maxCount;
  }

  @Override
  public void pulseOnce(int[] signs) {
    boolean any = false;
    for (int i = 0; i < w.length; i++) {
      int s = signs[i];
      if (s == 0) {
        continue;
      }
      w[i] = pulseRule.apply(responses[i], w[i], s * dwMin, dwMin, null);
      pulses++;
      any = true;
    }
    if (any) {
      cycles++;
    }
  }

  @Override
  public void program(double[] target) {
    for (int i = 0; i < w.length; i++) {
      w[i] = clip(i, target[i]);
    }
    programmed += w.length;
  }

  @Override
  public ResponseFunction response(int i) {
    return responses[i];
  }

  @Override
  public long pulsesFired() {
    return pulses;
  }

  @Override
  public long pulseCycles() {
    return cycles;
  }

  @Override
  public long programmedElements() {
    return programmed;
  }
}
