package io.github.rider.algorithms.array;

import io.github.rider.device.ResponseFunction;

/**
 * A vector of analog resistive elements as the algorithms see it: read the weights, request a
 * desired increment (the "Analog Update", paper eq. 2, realised by pulses or by its mean-field
 * model), fire single pulses (zero-shifting, Algorithm 1), or program target values. Every
 * element has its own response function, hence its own F, G and symmetric point.
 *
 * <p>Counters are cumulative over the array's life; algorithms take differences to split
 * calibration from training. Pulse counts are per element ({@link #pulsesFired()}: total pulses
 * over all elements) and per array cycle ({@link #pulseCycles()}: sum over updates of the largest
 * per-element count, the time cost when all elements are pulsed in parallel).
 */
public interface AnalogArray {

  /** Number of elements D. */
  int size();

  /** Response granularity dw_min (weight units per pulse). */
  double dwMin();

  /** Current weight of element {@code i}. */
  double read(int i);

  /** Copies all weights into {@code out}. */
  default void read(double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = read(i);
    }
  }

  /**
   * Applies the desired increment: W &lt;- W + dW (.) F(W) - |dW| (.) G(W) + b (eq. 2), in
   * expectation for a pulsed array.
   */
  void update(double[] desiredIncrement);

  /**
   * Fires at most one pulse per element: sign +1 (up), -1 (down) or 0 (none); in the mean-field
   * model W &lt;- W + eps F(W) - |eps| G(W) with eps = sign dw_min, eq. (7) without noise.
   */
  void pulseOnce(int[] signs);

  /**
   * Cyclic zero-shifting's pulse train (Algorithm 1): {@code steps} calls of {@link #pulseOnce}
   * with every sign firstSign, -firstSign, firstSign, ... in turn. Arrays may compute it faster
   * (a pulsed array block by block) but must give the same result as those calls.
   */
  default void pulseAlternating(long steps, int firstSign) {
    if (firstSign != 1 && firstSign != -1) {
      throw new IllegalArgumentException("firstSign must be +1 or -1, was " + firstSign);
    }
    int[] signs = new int[size()];
    for (long t = 0; t < steps; t++) {
      java.util.Arrays.fill(signs, t % 2 == 0 ? firstSign : -firstSign);
      pulseOnce(signs);
    }
  }

  /** Programs (writes) the weights to {@code target}; counted as programming, not pulses. */
  void program(double[] target);

  /** Response function of element {@code i}. */
  ResponseFunction response(int i);

  /** Symmetric point of element {@code i} (Definition 1.1). */
  default double symmetricPoint(int i) {
    return response(i).symmetricPoint();
  }

  /** G_i(w_i) at the current weight. */
  default double asymmetry(int i) {
    return response(i).g(read(i));
  }

  /** Total pulses fired over all elements so far. */
  long pulsesFired();

  /** Sum over updates of the largest per-element pulse count so far. */
  long pulseCycles();

  /** Number of element writes by {@link #program} so far. */
  long programmedElements();
}
