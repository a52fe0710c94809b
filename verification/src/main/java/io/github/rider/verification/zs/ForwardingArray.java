package io.github.rider.verification.zs;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.device.ResponseFunction;

/** An {@link AnalogArray} that passes every call to another; subclasses override what they observe or break. */
abstract class ForwardingArray implements AnalogArray {

  final AnalogArray array;

  ForwardingArray(AnalogArray array) {
    this.array = array;
  }

  @Override
  public void pulseOnce(int[] signs) {
    array.pulseOnce(signs);
  }

  @Override
  public int size() {
    return array.size();
  }

  @Override
  public double dwMin() {
    return array.dwMin();
  }

  @Override
  public double read(int i) {
    return array.read(i);
  }

  @Override
  public void update(double[] desiredIncrement) {
    array.update(desiredIncrement);
  }

  @Override
  public void program(double[] target) {
    array.program(target);
  }

  @Override
  public ResponseFunction response(int i) {
    return array.response(i);
  }

  @Override
  public long pulsesFired() {
    return array.pulsesFired();
  }

  @Override
  public long pulseCycles() {
    return array.pulseCycles();
  }

  @Override
  public long programmedElements() {
    return array.programmedElements();
  }
}
