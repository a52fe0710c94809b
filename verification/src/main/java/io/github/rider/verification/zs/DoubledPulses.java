package io.github.rider.verification.zs;

import io.github.rider.algorithms.array.AnalogArray;

/**
 * A broken pulse driver (a mutant): every pulse of {@link #pulseOnce} is fired twice, so each step
 * is twice as large as dw_min says (a pulse-size constant off by a factor 2). Zero-shifting still
 * reaches the SP, and the loose bounds hold for it; only a comparison with the exact process
 * rejects it.
 */
final class DoubledPulses extends ForwardingArray {

  DoubledPulses(AnalogArray array) {
    super(array);
  }

  @Override
  public void pulseOnce(int[] signs) {
    array.pulseOnce(signs);
    array.pulseOnce(signs);
  }
}
