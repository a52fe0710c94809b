package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DeviceArray#applyPulsesInBlock} (one noise block's pulses in one call, normals drawn in
 * chunks) leaves every device bit for bit where {@link DeviceArray#applyPulsesUncounted} on each
 * listed device in turn leaves it: multiplicative and additive noise, no noise, write noise,
 * clipping at both bounds with steps of either sign, a non-affine response (its fallback), counts
 * of several pulses, zeros and both signs, scratch lengths that split a block's normals into
 * chunks of 1, 7 and 256.
 */
class BlockPulsesBitIdentityTest {

  private static final int BLOCK = 50;
  private static final int N = 4 * BLOCK;

  /** Five rounds of random counts on every second device of block 2 (listed from offset 3). */
  private static void assertSameAsOneAtATime(DeviceSpec spec, int xiLength) {
    DeviceArray inBlock = DeviceArray.create(spec, N, BLOCK, RandomStreams.of(21));
    DeviceArray single = DeviceArray.create(spec, N, BLOCK, RandomStreams.of(21));
    SplittableRandom counts = new SplittableRandom(4);
    int from = 3;
    int m = BLOCK / 2;
    int[] idx = new int[from + m];
    int[] c = new int[m];
    double[] xi = new double[xiLength];
    for (int round = 0; round < 5; round++) {
      long total = 0;
      for (int k = 0; k < m; k++) {
        idx[from + k] = 2 * BLOCK + 2 * k;
        c[k] = counts.nextInt(-4, 5);
        total += Math.abs(c[k]);
      }
      assertThat(inBlock.applyPulsesInBlock(2, idx, from, c, m, xi)).isEqualTo(total);
      for (int k = 0; k < m; k++) {
        single.applyPulsesUncounted(idx[from + k], c[k]);
      }
      for (int i = 0; i < N; i++) {
        assertThat(inBlock.persistent(i)).as("round %d, hidden weight of device %d", round, i)
            .isEqualTo(single.persistent(i));
        assertThat(inBlock.read(i)).as("round %d, visible weight of device %d", round, i)
            .isEqualTo(single.read(i));
      }
    }
    assertThat(inBlock.pulseCount()).isZero(); // uncounted, as applyPulsesUncounted
  }

  /** SoftBounds with bounds of about three steps and noise sd 2: clipped often, steps of both signs. */
  static SoftBoundsSpec clipped(SoftBoundsSpec base) {
    return base.withBounds(new Bounds(0.003, -0.003, 0.3, 0.3))
        .withPulsed(base.pulsed().withDwMinStd(2.0));
  }

  @Test
  void multiplicativeNoiseMatchesOneDeviceAtATime() {
    for (int len : new int[] {1, 7, 256}) {
      assertSameAsOneAtATime(SoftBoundsSpec.DEFAULTS, len);
      assertSameAsOneAtATime(clipped(SoftBoundsSpec.DEFAULTS), len);
    }
  }

  @Test
  void additiveNoiseAndWriteNoiseMatchOneDeviceAtATime() {
    SoftBoundsSpec additive = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withMultNoise(false).withWriteNoiseStd(0.5));
    for (int len : new int[] {1, 7, 256}) {
      assertSameAsOneAtATime(additive, len);
      assertSameAsOneAtATime(clipped(additive), len);
    }
  }

  @Test
  void noiseFreeAndNonAffineDevicesMatchOneDeviceAtATime() {
    assertSameAsOneAtATime(SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withDwMinStd(0)), 7);
    assertSameAsOneAtATime(ExpStepSpec.DEFAULTS, 7);
  }

  @Test
  void aDeviceOutsideTheBlockIsRejectedBeforeAnyPulse() {
    DeviceArray a = DeviceArray.create(SoftBoundsSpec.DEFAULTS, N, BLOCK, RandomStreams.of(2));
    DeviceArray untouched = DeviceArray.create(SoftBoundsSpec.DEFAULTS, N, BLOCK,
        RandomStreams.of(2));
    int[] idx = {2 * BLOCK, 2 * BLOCK + 1, 3 * BLOCK};
    assertThatThrownBy(() -> a.applyPulsesInBlock(2, idx, 0, new int[] {1, 1, 1}, 3,
        new double[8])).hasMessageContaining("device 150 is not in noise block 2");
    for (int i = 0; i < N; i++) {
      assertThat(a.persistent(i)).isEqualTo(untouched.persistent(i));
    }
  }
}
