package io.github.rider.verification.zs;

import io.github.rider.algorithms.array.AnalogArray;

/**
 * A broken pulse driver (a mutant): every up pulse of {@link #pulseOnce} is fired twice on the
 * array underneath, so up steps are twice as large as the response says (biased pulses).
 */
final class DoubledUpPulses extends ForwardingArray {

  private final int[] ups;

  DoubledUpPulses(AnalogArray array) {
    super(array);
    this.ups = new int[array.size()];
  }

  @Override
  public void pulseOnce(int[] signs) {
    array.pulseOnce(signs);
    boolean any = false;
    for (int i = 0; i < ups.length; i++) {
      ups[i] = signs[i] > 0 ? 1 : 0;
      any |= signs[i] > 0;
    }
    if (any) {
      array.pulseOnce(ups);
    }
  }
}
