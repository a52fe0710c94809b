package io.github.rider.device.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tiles' matrix-vector products split over {@link Threads} give the pinned one-thread
 * checksums bit for bit (tile forward/backward on a 37 x 53 tile with perfect and Table 6 I/O),
 * for 2, 3 and 5 threads (uneven splits of 37 and 53 outputs),
 * every product split (minimum work 0). Deterministic.
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

  @Test
  void threadCountIsValidated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Threads.set(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Threads.set(2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
