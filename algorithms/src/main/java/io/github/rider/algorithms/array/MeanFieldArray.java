package io.github.rider.algorithms.array;

import io.github.rider.device.ResponseFunction;
import java.util.random.RandomGenerator;

/**
 * The mean-field (dw_min -&gt; 0) analog array of paper eq. (2), element-wise:
 * w_i &lt;- clip(w_i + dW_i F_i(w_i) - |dW_i| G_i(w_i) + b_i) to the response's range
 * [wMin, wMax].
 *
 * <p>With discretisation noise on, b_i ~ N(0, |dW_i| dw_min) independently (Assumption 3.4:
 * E b = 0, Var b = Theta(alpha dw_min); the unit constant is that of stochastic rounding of a
 * sub-dw_min increment, Var(n dw_min) = |dW| dw_min (1 - |dW|/dw_min)); off, b = 0.
 *
 * <p>Pulse accounting: an update of dW_i is counted as ceil(|dW_i|/dw_min) pulses on element i
 * (the bit length of a deterministic pulse train), a single pulse as one.
 */
public final class MeanFieldArray implements AnalogArray {

  private final ResponseFunction[] responses;
  private final double dwMin;
  private final double[] w;
  private final RandomGenerator noise;
  private long pulses;
  private long cycles;
  private long programmed;

  private MeanFieldArray(ResponseFunction[] responses, double dwMin, double[] initial,
      RandomGenerator noise) {
    this.responses = responses.clone();
    this.dwMin = dwMin;
    this.w = initial.clone();
    this.noise = noise;
  }

  /**
   * A mean-field array.
   *
   * @param responses per-element response functions
   * @param dwMin     dw_min (&gt; 0)
   * @param initial   initial weights (not counted as programming), clipped to the ranges
   * @param noise     generator of the discretisation noise b, or {@code null} for b = 0
   */
  public static MeanFieldArray of(ResponseFunction[] responses, double dwMin, double[] initial,
      RandomGenerator noise) {
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (initial.length != responses.length) {
      throw new IllegalArgumentException("initial must have one weight per response ("
          + responses.length + "), had " + initial.length);
    }
    MeanFieldArray a = new MeanFieldArray(responses, dwMin, initial, noise);
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
      double a = Math.abs(dw);
      ResponseFunction r = responses[i];
      double next = w[i] + dw * r.f(w[i]) - a * r.g(w[i]);
      if (noise != null) {
        next += Math.sqrt(a * dwMin) * noise.nextGaussian();
      }
      w[i] = clip(i, next);
      long count = (long) Math.ceil(a / dwMin);
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
      ResponseFunction r = responses[i];
      w[i] = clip(i, w[i] + s * dwMin * r.f(w[i]) - dwMin * r.g(w[i]));
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
