package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;

/**
 * The devices of a {@link DeviceArray} pulsed the plain way: one pulse at a time by {@link
 * PulseRule#pulse(ResponseFunction, double, double, boolean, double)} with q from each device's
 * physical {@link ResponseFunction}, each pulse's normal from the device's noise block in the
 * order the pulses are given, the write noise drawn after each device's pulses. It copies a fresh
 * array's parameters and state and draws from its own copy of the array's block streams, so a
 * kernel that follows the rule leaves the array bit for bit where {@link #pulses} leaves these
 * devices.
 */
public final class RuleDevices {

  private final PulseRule rule;
  private final int blockSize;
  private final ResponseFunction[] response;
  private final double[] aUp;
  private final double[] aDown;
  private final double[] ref;
  private final double[] g;
  private final double[] visible;
  private final double writeNoise;
  private final BlockNoise pulseNoise;
  private final BlockNoise writeRng;

  private RuleDevices(DeviceArray a, RandomStreams streams) {
    int n = a.size();
    rule = a.pulseRule();
    blockSize = a.blockSize();
    response = new ResponseFunction[n];
    aUp = new double[n];
    aDown = new double[n];
    ref = new double[n];
    g = new double[n];
    for (int i = 0; i < n; i++) {
      response[i] = a.physicalResponse(i);
      aUp[i] = a.stepScale(i, true);
      aDown[i] = a.stepScale(i, false);
      ref[i] = a.reference(i);
      g[i] = a.physicalState(i);
    }
    writeNoise = a.writeNoiseWeight();
    visible = g.clone();
    int blocks = Math.max(1, (n + blockSize - 1) / blockSize);
    pulseNoise = BlockNoise.of(streams, RandomStreams.CYCLE_TO_CYCLE, blocks);
    writeRng = BlockNoise.of(streams, RandomStreams.WRITE_NOISE, blocks);
  }

  /**
   * The devices of {@code fresh}, an array made from {@code streams} and not pulsed, programmed
   * or otherwise changed since.
   */
  public static RuleDevices of(DeviceArray fresh, RandomStreams streams) {
    return new RuleDevices(fresh, streams);
  }

  /** |count| pulses of sign(count) on device i, one at a time by the rule, then its write noise. */
  public void pulses(int i, int count) {
    if (count == 0) {
      return;
    }
    int b = i / blockSize;
    boolean up = count > 0;
    for (int k = Math.abs(count); k > 0; k--) {
      double xi = rule.drawsNoise() ? pulseNoise.gaussian(b) : 0;
      g[i] = rule.pulse(response[i], up ? aUp[i] : aDown[i], g[i], up, xi);
    }
    visible[i] = writeNoise > 0 ? g[i] + writeNoise * writeRng.gaussian(b) : g[i];
  }

  /** Every device's hidden and visible effective weight in {@code a} equals these, bit for bit. */
  public void assertSameAs(DeviceArray a, String what) {
    assertThat(a.size()).isEqualTo(g.length);
    for (int i = 0; i < g.length; i++) {
      assertThat(a.persistent(i)).as("%s: hidden weight of device %d", what, i)
          .isEqualTo(g[i] - ref[i]);
      assertThat(a.read(i)).as("%s: visible weight of device %d", what, i)
          .isEqualTo(visible[i] - ref[i]);
    }
  }
}
