package io.github.rider.algorithms.array;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.PulseScheme;
import java.util.random.RandomGenerator;

/**
 * An {@link AnalogArray} over device-model's pulsed {@link DeviceArray}: a desired increment dW
 * becomes signed pulse counts by the caller's {@link PulseScheme} (deterministic or stochastic
 * rounding, capped at BL), fired one pulse at a time with the devices' own noise and clipping
 * (paper eq. 5, docs/pulse-update.md). In expectation over stochastic rounding and for small
 * dw_min this is eq. (2); the difference is the discretisation error b of Assumption 3.4.
 * Single pulses ({@link #pulseOnce}) are device pulses; programming and its count are the
 * device array's.
 */
public final class PulsedArray implements AnalogArray {

  private final DeviceArray devices;
  private final PulseScheme scheme;
  private final RandomGenerator rounding;
  private final int[] counts;
  private long cycles;

  private PulsedArray(DeviceArray devices, PulseScheme scheme, RandomGenerator rounding) {
    this.devices = devices;
    this.scheme = scheme;
    this.rounding = rounding;
    this.counts = new int[devices.size()];
  }

  /**
   * @param devices  the pulsed devices (their current state is the initial weight)
   * @param scheme   how increments become pulse counts
   * @param rounding generator of the scheme's random rounding (unused by deterministic schemes)
   */
  public static PulsedArray of(DeviceArray devices, PulseScheme scheme,
      RandomGenerator rounding) {
    if (devices == null || scheme == null) {
      throw new IllegalArgumentException("devices and scheme must not be null");
    }
    return new PulsedArray(devices, scheme, rounding);
  }

  /** The underlying device array. */
  public DeviceArray devices() {
    return devices;
  }

  @Override
  public int size() {
    return devices.size();
  }

  @Override
  public double dwMin() {
    return devices.dwMin();
  }

  @Override
  public double read(int i) {
    return devices.read(i);
  }

  @Override
  public void read(double[] out) {
    devices.read(out);
  }

  @Override
  public void update(double[] desiredIncrement) {
    scheme.counts(desiredIncrement, devices.dwMin(), rounding, counts);
    fire(counts);
  }

  @Override
  public void pulseOnce(int[] signs) {
    for (int i = 0; i < signs.length; i++) {
      if (Math.abs(signs[i]) > 1) {
        throw new IllegalArgumentException("signs must be -1, 0 or +1, was " + signs[i]
            + " at element " + i);
      }
    }
    fire(signs);
  }

  /** Block by block on the devices ({@link DeviceArray#applyAlternatingPulses}); same result. */
  @Override
  public void pulseAlternating(long steps, int firstSign) {
    devices.applyAlternatingPulses(steps, firstSign);
    if (size() > 0) {
      cycles += steps;
    }
  }

  private void fire(int[] signedCounts) {
    devices.applyPulses(signedCounts);
    int max = 0;
    for (int c : signedCounts) {
      max = Math.max(max, Math.abs(c));
    }
    cycles += max;
  }

  @Override
  public void program(double[] target) {
    devices.program(target);
  }

  @Override
  public ResponseFunction response(int i) {
    return devices.response(i);
  }

  @Override
  public double symmetricPoint(int i) {
    return devices.symmetricPoint(i);
  }

  @Override
  public long pulsesFired() {
    return devices.pulseCount();
  }

  @Override
  public long pulseCycles() {
    return cycles;
  }

  @Override
  public long programmedElements() {
    return devices.programCount();
  }
}
