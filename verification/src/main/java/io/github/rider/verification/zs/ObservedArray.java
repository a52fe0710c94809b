package io.github.rider.verification.zs;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.device.ResponseFunction;

/**
 * A one-element {@link AnalogArray} that passes every call to the array under test and observes
 * each single pulse: G(W_n)^2 before it (on the true response), the visited range and
 * (W_n - W*)^2 after it. Cyclic pulse trains go through {@link #pulseOnce} one step at a time
 * (the interface's default), so every state is seen.
 */
final class ObservedArray extends ForwardingArray {

  private final ResponseFunction truth;
  private final double sp;
  private double sumG2;
  private double sumDev;
  private double min;
  private double max;
  private long pulses;

  ObservedArray(AnalogArray array, ResponseFunction truth) {
    super(oneElement(array));
    this.truth = truth;
    this.sp = truth.symmetricPoint();
    this.min = array.read(0);
    this.max = min;
  }

  private static AnalogArray oneElement(AnalogArray a) {
    if (a.size() != 1) {
      throw new IllegalArgumentException("one element expected, was " + a.size());
    }
    return a;
  }

  ZsTrajectory trajectory() {
    double last = array.read(0);
    return new ZsTrajectory(last, sumG2 / pulses, min, max, sumDev / pulses);
  }

  @Override
  public void pulseOnce(int[] signs) {
    double g = truth.g(array.read(0));
    sumG2 += g * g;
    array.pulseOnce(signs);
    double w = array.read(0);
    min = Math.min(min, w);
    max = Math.max(max, w);
    sumDev += (w - sp) * (w - sp);
    pulses++;
  }
}
