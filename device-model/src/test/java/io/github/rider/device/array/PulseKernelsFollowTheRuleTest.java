package io.github.rider.device.array;

import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.ConstantStepSpec;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.ExponentialSpec;
import io.github.rider.device.spec.LinearSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PiecewiseStepSpec;
import io.github.rider.device.spec.PowStepSpec;
import io.github.rider.device.spec.PowerSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pulse kernel of {@link DeviceArray} leaves the devices bit for bit where {@link PulseRule},
 * applied one pulse at a time ({@link RuleDevices}), leaves them: one device at a time ({@link
 * DeviceArray#pulse}, {@link DeviceArray#applyPulses(int, int)}), whole-array sweeps ({@link
 * DeviceArray#applyPulses(int[])}), zero-shifting block by block, vectorised, on one and several
 * threads ({@link DeviceArray#applyAlternatingPulses}), and a row's pulses in one call with bulk
 * normals ({@link DeviceArray#applyPulsesInBlock}). The kernels share the rule's random streams
 * (each block's normals in the order its devices are pulsed), so any difference in the clip, the
 * sign, the noise form or the draws shows as a differing bit. Devices: every response family's
 * defaults, the analytic families also with noise, every preset (additive and multiplicative
 * noise, write noise, references), and SoftBounds devices a few steps wide with noise sd 2, which
 * clip at both bounds after steps of either sign.
 */
class PulseKernelsFollowTheRuleTest {

  private static final int N = 230;
  private static final int BLOCK = 64; // does not divide N
  /** Zero-shifting on one thread and on three, every split taken. */
  private static final List<Parallelism> SPLITS = List.of(Parallelism.SERIAL.withMinWork(0),
      Parallelism.ofThreads(3).withMinWork(0));

  /** SoftBounds about three steps wide each side, noise sd 2: clipped often, steps of both signs. */
  private static SoftBoundsSpec clipped(boolean multNoise, double writeNoiseStd) {
    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS;
    return s.withBounds(new Bounds(0.003, -0.003, 0.3, 0.3)).withPulsed(s.pulsed()
        .withDwMinStd(2.0).withMultNoise(multNoise).withWriteNoiseStd(writeNoiseStd));
  }

  static Stream<Named<DeviceSpec>> devices() {
    List<Named<DeviceSpec>> specs = new ArrayList<>();
    for (DeviceSpec s : List.of(ConstantStepSpec.DEFAULTS, LinearStepSpec.DEFAULTS,
        SoftBoundsSpec.DEFAULTS, ExpStepSpec.DEFAULTS, PowStepSpec.DEFAULTS,
        PiecewiseStepSpec.DEFAULTS, LinearSpec.DEFAULTS, PowerSpec.DEFAULTS,
        ExponentialSpec.DEFAULTS)) {
      specs.add(Named.of(s.family(), s));
    }
    specs.add(Named.of("linear, noise 0.3", LinearSpec.DEFAULTS.withDwMinStd(0.3)));
    specs.add(Named.of("power, noise 0.3", PowerSpec.DEFAULTS.withDwMinStd(0.3)));
    specs.add(Named.of("exponential, additive noise 0.3", ExponentialSpec.DEFAULTS.withPulsed(
        ExponentialSpec.DEFAULTS.pulsed().withDwMinStd(0.3).withMultNoise(false))));
    specs.add(Named.of("soft-bounds, no noise", SoftBoundsSpec.DEFAULTS.withDwMinStd(0)));
    specs.add(Named.of("soft-bounds clipped", clipped(true, 0)));
    specs.add(Named.of("soft-bounds clipped, additive, write noise", clipped(false, 0.5)));
    for (String name : DevicePresets.names()) {
      specs.add(Named.of("preset " + name, DevicePresets.get(name)));
    }
    return specs.stream();
  }

  private static DeviceArray array(DeviceSpec spec, long seed) {
    return array(spec, seed, Parallelism.SERIAL);
  }

  private static DeviceArray array(DeviceSpec spec, long seed, Parallelism par) {
    return DeviceArray.create(spec, N, BLOCK, RandomStreams.of(seed), par);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void onePulseAtATimeFollowsTheRule(DeviceSpec spec) {
    DeviceArray a = array(spec, 11);
    RuleDevices rule = RuleDevices.of(a, RandomStreams.of(11));
    SplittableRandom r = new SplittableRandom(1);
    for (int k = 0; k < 600; k++) {
      int i = r.nextInt(N);
      int count = r.nextInt(-3, 4);
      if (k % 2 == 0) {
        a.pulse(i, count); // one pulse of sign(count)
        rule.pulses(i, Integer.signum(count));
      } else {
        a.applyPulses(i, count);
        rule.pulses(i, count);
      }
    }
    rule.assertSameAs(a, spec.family() + ", one device at a time");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void wholeArraySweepsFollowTheRule(DeviceSpec spec) {
    DeviceArray a = array(spec, 12);
    RuleDevices rule = RuleDevices.of(a, RandomStreams.of(12));
    SplittableRandom r = new SplittableRandom(2);
    int[] counts = new int[N];
    for (int round = 0; round < 6; round++) {
      for (int i = 0; i < N; i++) {
        counts[i] = r.nextInt(-3, 4);
      }
      a.applyPulses(counts);
      for (int i = 0; i < N; i++) {
        rule.pulses(i, counts[i]);
      }
    }
    rule.assertSameAs(a, spec.family() + ", whole-array sweeps");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void zeroShiftingBlockByBlockFollowsTheRuleOnAnyThreadCount(DeviceSpec spec) {
    for (Parallelism par : SPLITS) {
      for (int firstSign : new int[] {1, -1}) {
        DeviceArray a = array(spec, 13, par);
        RuleDevices rule = RuleDevices.of(a, RandomStreams.of(13));
        int steps = 9;
        a.applyAlternatingPulses(steps, firstSign);
        for (int t = 0; t < steps; t++) {
          for (int i = 0; i < N; i++) {
            rule.pulses(i, t % 2 == 0 ? firstSign : -firstSign);
          }
        }
        rule.assertSameAs(a, spec.family() + ", zero-shifting on " + par.threads() + " threads");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void aBlocksPulsesInOneCallFollowTheRule(DeviceSpec spec) {
    for (int scratch : new int[] {1, 7, 256}) {
      DeviceArray a = array(spec, 14);
      RuleDevices rule = RuleDevices.of(a, RandomStreams.of(14));
      SplittableRandom r = new SplittableRandom(3);
      double[] xi = new double[scratch];
      int[] order = new int[BLOCK];
      for (int round = 0; round < 8; round++) {
        int b = r.nextInt((N + BLOCK - 1) / BLOCK);
        int first = b * BLOCK;
        int size = Math.min(N, first + BLOCK) - first;
        // a random part of the block's devices in random order, listed from offset 2
        for (int k = 0; k < size; k++) {
          order[k] = first + k;
        }
        for (int k = size - 1; k > 0; k--) {
          int j = r.nextInt(k + 1);
          int t = order[k];
          order[k] = order[j];
          order[j] = t;
        }
        int m = r.nextInt(size + 1);
        int[] idx = new int[2 + m];
        System.arraycopy(order, 0, idx, 2, m);
        int[] counts = new int[m];
        for (int k = 0; k < m; k++) {
          counts[k] = r.nextInt(-4, 5);
        }
        a.applyPulsesInBlock(b, idx, 2, counts, m, xi);
        for (int k = 0; k < m; k++) {
          rule.pulses(idx[2 + k], counts[k]);
        }
      }
      rule.assertSameAs(a, spec.family() + ", a block's pulses in one call, scratch " + scratch);
    }
  }
}
