package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The tile's cached visible weights (kept current element by element after pulsed updates and
 * column programming, read in full only after programming every weight) equal a fresh read of
 * the devices bit for bit after every operation, with write noise on (so that a stale element
 * would differ). Deterministic; a variant that skips the refresh after an update or after a column
 * programming fails it (mutation-checked by hand).
 */
class AnalogTileWeightCacheTest {

  @Test
  void cachedWeightsEqualAFreshDeviceReadAfterEveryOperation() {
    int rows = 7;
    int cols = 11;
    RandomStreams streams = RandomStreams.of(3);
    var spec = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5));
    AnalogTile tile = AnalogTile.create(rows, cols, spec, TileConfig.PERFECT_IO, streams);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] x = new double[cols];
    double[] d = new double[rows];
    double[] col = new double[rows];
    double[] cached = new double[rows * cols];
    double[] fresh = new double[rows * cols];
    tile.readWeights(cached); // the cache is now clean: later changes must refresh it
    long pulsesBefore = tile.pulses();
    for (int step = 0; step < 60; step++) {
      if (step % 7 == 3) {
        for (int i = 0; i < rows; i++) {
          col[i] = 0.2 * data.nextGaussian();
        }
        tile.programColumn(step % cols, col);
      } else {
        for (int j = 0; j < cols; j++) {
          x[j] = data.nextDouble();
        }
        for (int i = 0; i < rows; i++) {
          d[i] = 0.05 * data.nextGaussian();
        }
        tile.update(x, d, 0.05);
      }
      tile.readWeights(cached);
      tile.devices().read(fresh);
      assertThat(cached).as("step %d", step).isEqualTo(fresh);
    }
    assertThat(tile.pulses()).isGreaterThan(pulsesBefore);
  }
}
