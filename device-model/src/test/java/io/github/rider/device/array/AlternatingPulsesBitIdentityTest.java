package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link DeviceArray#applyAlternatingPulses} (block by block, all steps of a block at once) gives
 * bit for bit the state of the same number of whole-array sweeps of {@link
 * DeviceArray#applyPulses(int[])}: affine responses with multiplicative noise (its own loop),
 * additive noise, no noise, clipping at both bounds, a non-affine response, write noise, a block
 * size that does not divide n.
 */
class AlternatingPulsesBitIdentityTest {

  private static void assertSameAsSweeps(DeviceSpec spec, int n, int blockSize, long steps,
      int firstSign) {
    DeviceArray blocked = DeviceArray.create(spec, n, blockSize, RandomStreams.of(42));
    DeviceArray swept = DeviceArray.create(spec, n, blockSize, RandomStreams.of(42));
    blocked.applyAlternatingPulses(steps, firstSign);
    int[] signs = new int[n];
    for (long t = 0; t < steps; t++) {
      Arrays.fill(signs, t % 2 == 0 ? firstSign : -firstSign);
      swept.applyPulses(signs);
    }
    for (int i = 0; i < n; i++) {
      assertThat(blocked.persistent(i)).as("hidden weight of device %d", i)
          .isEqualTo(swept.persistent(i));
      assertThat(blocked.read(i)).as("visible weight of device %d", i).isEqualTo(swept.read(i));
    }
    assertThat(blocked.pulseCount()).isEqualTo(swept.pulseCount()).isEqualTo(steps * n);
  }

  @Test
  void affineMultiplicativeNoiseMatchesSweeps() {
    assertSameAsSweeps(SoftBoundsSpec.DEFAULTS, 1000, 64, 7, -1);
    assertSameAsSweeps(SoftBoundsSpec.DEFAULTS, 300, 1024, 4, 1);
  }

  @Test
  void additiveNoiseAndWriteNoiseMatchSweeps() {
    SoftBoundsSpec additive = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withMultNoise(false).withWriteNoiseStd(0.5));
    assertSameAsSweeps(additive, 500, 96, 5, -1);
    SoftBoundsSpec writeNoise = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5));
    assertSameAsSweeps(writeNoise, 500, 96, 5, 1);
  }

  @Test
  void noiseFreeAndClippedDevicesMatchSweeps() {
    // the blocked sweep clips with max(b_min, min(b_max, x)); sweeps with the one-sided clip
    assertSameAsSweeps(SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withDwMinStd(0)), 300, 64, 9, 1);
    assertSameAsSweeps(BlockPulsesBitIdentityTest.clipped(SoftBoundsSpec.DEFAULTS), 300, 64, 40, -1);
  }

  @Test
  void nonAffineResponseMatchesSweeps() {
    assertSameAsSweeps(ExpStepSpec.DEFAULTS, 400, 50, 6, -1);
  }

  @Test
  void anyThreadCountGivesTheOneThreadResult() {
    SoftBoundsSpec writeNoise = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5));
    for (DeviceSpec spec : new DeviceSpec[] {SoftBoundsSpec.DEFAULTS, writeNoise}) {
      DeviceArray one = DeviceArray.create(spec, 1000, 64, RandomStreams.of(5),
          Parallelism.SERIAL.withMinWork(0));
      one.applyAlternatingPulses(11, 1);
      for (int t : new int[] {2, 3, 5}) {
        DeviceArray many = DeviceArray.create(spec, 1000, 64, RandomStreams.of(5),
            Parallelism.ofThreads(t).withMinWork(0));
        many.applyAlternatingPulses(11, 1);
        for (int i = 0; i < 1000; i++) {
          assertThat(many.read(i)).as("%d threads, device %d", t, i).isEqualTo(one.read(i));
          assertThat(many.persistent(i)).isEqualTo(one.persistent(i));
        }
      }
    }
  }

  @Test
  void zeroStepsChangeNothingAndBadArgumentsAreRejected() {
    DeviceArray a = DeviceArray.create(SoftBoundsSpec.DEFAULTS, 10, RandomStreams.of(1));
    a.applyAlternatingPulses(0, 1);
    assertThat(a.pulseCount()).isZero();
    assertThatThrownBy(() -> a.applyAlternatingPulses(1, 0))
        .hasMessageContaining("firstSign must be +1 or -1");
    assertThatThrownBy(() -> a.applyAlternatingPulses(-1, 1))
        .hasMessageContaining("steps must be >= 0");
  }

  @Test
  void aBlocksNoiseDoesNotDependOnTheOtherBlocks() {
    // pulsing only block 1 leaves its devices exactly where pulsing all blocks does
    int n = 256;
    int bs = 64;
    DeviceArray all = DeviceArray.create(SoftBoundsSpec.DEFAULTS, n, bs, RandomStreams.of(8));
    DeviceArray one = DeviceArray.create(SoftBoundsSpec.DEFAULTS, n, bs, RandomStreams.of(8));
    int[] signs = new int[n];
    int[] only = new int[n];
    for (int t = 0; t < 5; t++) {
      Arrays.fill(signs, t % 2 == 0 ? 1 : -1);
      Arrays.fill(only, 0);
      Arrays.fill(only, bs, 2 * bs, t % 2 == 0 ? 1 : -1);
      all.applyPulses(signs);
      one.applyPulses(only);
    }
    for (int i = bs; i < 2 * bs; i++) {
      assertThat(one.persistent(i)).isEqualTo(all.persistent(i));
    }
  }
}
