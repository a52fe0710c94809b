package io.github.rider.device.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work split over {@link Threads} gives the one-thread checksums bit for bit, for 2, 3 and 5
 * threads with every split taken (minimum work 0): the tiles' matrix-vector products (37 x 53
 * tile, perfect and Table 6 I/O; uneven splits of 37 and 53 outputs), the pulsed update of W2
 * (rows in parallel; also with additive and write noise) and W1's blocked zero-shifting.
 * Deterministic.
 */
class ThreadCountBitIdentityTest {

  private static final int DEFAULT_THREADS = Threads.threads();
  private static final int DEFAULT_MIN_WORK = Threads.minWork();

  @AfterEach
  void restore() {
    Threads.set(DEFAULT_THREADS, DEFAULT_MIN_WORK);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 5})
  void splitProductsGiveTheOneThreadPins(int threads) {
    Threads.set(1, 0);
    long perfect1 = DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PERFECT_IO);
    long paper1 = DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PAPER);
    Threads.set(threads, 0);
    assertThat(DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PERFECT_IO))
        .isEqualTo(perfect1);
    assertThat(DeviceWorkloadChecksumPinTest.mvm(20260221L, TileConfig.PAPER)).isEqualTo(paper1);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 5})
  void splitPulsedUpdatesAndZeroShiftingGiveTheOneThreadResults(int threads) {
    SoftBoundsSpec writeNoise = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5).withMultNoise(false));
    Threads.set(1, 0);
    long w2 = DeviceWorkloadChecksumPinTest.w2(20260221L);
    long w2Noisy = DeviceWorkloadChecksumPinTest.w2(20260221L, writeNoise);
    long w1 = DeviceWorkloadChecksumPinTest.w1(20260221L, true);
    Threads.set(threads, 0);
    assertThat(DeviceWorkloadChecksumPinTest.w2(20260221L)).isEqualTo(w2);
    assertThat(DeviceWorkloadChecksumPinTest.w2(20260221L, writeNoise)).isEqualTo(w2Noisy);
    assertThat(DeviceWorkloadChecksumPinTest.w1(20260221L, true)).isEqualTo(w1);
  }

  @Test
  void threadCountIsValidated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Threads.set(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Threads.set(2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
