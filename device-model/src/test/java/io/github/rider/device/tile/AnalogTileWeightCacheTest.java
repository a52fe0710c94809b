package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.IoParameters.BoundManagement;
import io.github.rider.device.tile.IoParameters.NoiseManagement;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The tile's cached product operands (the double weights for perfect I/O, their float32 row and
 * column copies for the periphery; kept current element by element after pulsed updates and
 * column programming, read in full only after every weight changed) equal a fresh read of the
 * devices after every operation: the forward and backward equal, bit for bit, the plain
 * per-output loops over the devices' weights, in double with perfect I/O and in float32 with an
 * unquantised noise-free periphery. Write noise is on, so a stale element would differ.
 * Deterministic; a variant that skips the refresh after an update or after a column programming,
 * or that refreshes only one float copy, fails it.
 */
class AnalogTileWeightCacheTest {

  private static final int ROWS = 7;
  private static final int COLS = 11;

  @Test
  void productsUseTheDevicesCurrentWeightsAfterEveryOperation() {
    IoParameters exact = IoParameters.DEFAULTS.withOutNoise(0).withInpRes(0).withOutRes(0)
        .withOutBound(0).withNoiseManagement(NoiseManagement.NONE)
        .withBoundManagement(BoundManagement.NONE);
    assertProductsFollowTheDevices(TileConfig.PERFECT_IO, false);
    assertProductsFollowTheDevices(TileConfig.PERFECT_IO.withIo(exact), true);
  }

  private static void assertProductsFollowTheDevices(TileConfig config, boolean float32) {
    RandomStreams streams = RandomStreams.of(3);
    var spec = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5));
    AnalogTile tile = AnalogTile.create(ROWS, COLS, spec, config, streams);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] x = new double[COLS];
    double[] d = new double[ROWS];
    double[] col = new double[ROWS];
    double[] y = new double[ROWS];
    double[] z = new double[COLS];
    double[] fresh = new double[ROWS * COLS];
    tile.forward(x, y); // the caches are now clean: later changes must refresh them
    long pulsesBefore = tile.pulses();
    for (int step = 0; step < 60; step++) {
      if (step % 7 == 3) {
        for (int i = 0; i < ROWS; i++) {
          col[i] = 0.2 * data.nextGaussian();
        }
        tile.programColumn(step % COLS, col);
      } else {
        for (int j = 0; j < COLS; j++) {
          x[j] = data.nextDouble();
        }
        for (int i = 0; i < ROWS; i++) {
          d[i] = 0.05 * data.nextGaussian();
        }
        tile.update(x, d, 0.05);
      }
      tile.devices().read(fresh);
      for (int j = 0; j < COLS; j++) {
        x[j] = data.nextDouble() - 0.5;
      }
      for (int i = 0; i < ROWS; i++) {
        d[i] = data.nextDouble() - 0.5;
      }
      tile.forward(x, y);
      tile.backward(d, z);
      for (int i = 0; i < ROWS; i++) {
        assertThat(y[i]).as("step %d, forward output %d", step, i)
            .isEqualTo(PlainProducts.sum(fresh, i, COLS, 1, x, float32));
      }
      for (int j = 0; j < COLS; j++) {
        assertThat(z[j]).as("step %d, backward output %d", step, j)
            .isEqualTo(PlainProducts.sum(fresh, j, 1, COLS, d, float32));
      }
    }
    assertThat(tile.pulses()).isGreaterThan(pulsesBefore);
  }
}
