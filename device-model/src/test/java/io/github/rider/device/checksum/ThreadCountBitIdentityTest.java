package io.github.rider.device.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.Parallelism;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.TileConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work split by a {@link Parallelism} gives the one-thread checksums bit for bit, for 2, 3 and 5
 * threads with every split taken (minimum work 0): the tiles' matrix-vector products (37 x 53
 * tile, perfect and Table 6 I/O; uneven splits of 37 and 53 outputs), the pulsed update of W2
 * (rows in parallel; also with additive and write noise) and W1's blocked zero-shifting.
 * Deterministic.
 */
class ThreadCountBitIdentityTest {

  /** Every split taken: {@code threads} threads from 0 element operations on. */
  static Parallelism everySplit(int threads) {
    return Parallelism.ofThreads(threads).withMinWork(0);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 5})
  void splitProductsGiveTheOneThreadPins(int threads) {
    Parallelism one = Parallelism.SERIAL.withMinWork(0);
    Parallelism many = everySplit(threads);
    long perfect1 = DeviceWorkloadChecksumPinTest.mvm(20260221L,
        TileConfig.PERFECT_IO.withParallelism(one));
    long paper1 = DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PAPER.withParallelism(one));
    assertThat(DeviceWorkloadChecksumPinTest.mvm(20260221L,
        TileConfig.PERFECT_IO.withParallelism(many))).isEqualTo(perfect1);
    assertThat(DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PAPER.withParallelism(many)))
        .isEqualTo(paper1);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 5})
  void splitPulsedUpdatesAndZeroShiftingGiveTheOneThreadResults(int threads) {
    SoftBoundsSpec writeNoise = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5).withMultNoise(false));
    Parallelism one = Parallelism.SERIAL;
    Parallelism many = everySplit(threads);
    long w2 = DeviceWorkloadChecksumPinTest.w2(20260221L, SoftBoundsSpec.DEFAULTS, one);
    long w2Noisy = DeviceWorkloadChecksumPinTest.w2(20260221L, writeNoise, one);
    long w1 = DeviceWorkloadChecksumPinTest.w1(20260221L, true, one);
    assertThat(DeviceWorkloadChecksumPinTest.w2(20260221L, SoftBoundsSpec.DEFAULTS, many))
        .isEqualTo(w2);
    assertThat(DeviceWorkloadChecksumPinTest.w2(20260221L, writeNoise, many)).isEqualTo(w2Noisy);
    assertThat(DeviceWorkloadChecksumPinTest.w1(20260221L, true, many)).isEqualTo(w1);
  }

  @Test
  void threadCountAndMinimumWorkAreValidated() {
    assertThatThrownBy(() -> Parallelism.ofThreads(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parallelism.ofThreads(2).withMinWork(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parallelism.of(2, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Parallelism.ofThreads(1)).isSameAs(Parallelism.SERIAL);
  }
}
