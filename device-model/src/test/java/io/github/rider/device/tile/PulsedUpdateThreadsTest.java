package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pulsed update with its touched rows split by a {@link Parallelism} leaves the tile exactly as on
 * one thread: the devices' hidden and visible weights, the tile's cached weights, the pulse
 * counters and the list of pulsed devices, in order. Stochastic trains with BL 31 and no update
 * management, so that many rows x columns of the touched set get no coincidence (gaps in the
 * per-part lists) and others several; write noise and additive noise on.
 */
class PulsedUpdateThreadsTest {

  private record State(double[] cached, double[] hidden, long pulses, long devicePulses,
      int[][] lists) {}

  private static State run(int threads) {
    Parallelism par = Parallelism.ofThreads(threads).withMinWork(0);
    SoftBoundsSpec spec = SoftBoundsSpec.DEFAULTS.withPulsed(
        SoftBoundsSpec.DEFAULTS.pulsed().withWriteNoiseStd(0.5).withMultNoise(false));
    UpdateParameters p = UpdateParameters.DEFAULTS.withManagement(false, false)
        .withDesiredBl(31);
    int rows = 23;
    int cols = 41;
    RandomStreams streams = RandomStreams.of(99);
    AnalogTile tile = AnalogTile.create(rows, cols, spec, TileConfig.PERFECT_IO.withUpdate(p)
        .withParallelism(par),
        streams);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] x = new double[cols];
    double[] d = new double[rows];
    long pulses = 0;
    int[][] lists = new int[6][];
    for (int s = 0; s < lists.length; s++) {
      for (int j = 0; j < cols; j++) {
        x[j] = data.nextDouble() < 0.3 ? 0 : 2 * data.nextDouble() - 1;
      }
      for (int i = 0; i < rows; i++) {
        d[i] = data.nextDouble() < 0.3 ? 0 : 0.2 * data.nextGaussian();
      }
      pulses += tile.update(x, d, 0.02);
      PulsedUpdate u = tile.updater();
      lists[s] = new int[u.lastPulsedCount()];
      for (int k = 0; k < lists[s].length; k++) {
        lists[s][k] = u.lastPulsed(k);
      }
    }
    double[] cached = new double[rows * cols];
    tile.readWeights(cached);
    double[] hidden = new double[rows * cols];
    for (int k = 0; k < hidden.length; k++) {
      hidden[k] = tile.devices().persistent(k);
      assertThat(cached[k]).as("cache of device %d", k).isEqualTo(tile.devices().read(k));
    }
    return new State(cached, hidden, pulses, tile.devices().pulseCount(), lists);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 7})
  void splitRowsGiveTheOneThreadTile(int threads) {
    State one = run(1);
    State many = run(threads);
    assertThat(many.cached()).containsExactly(one.cached());
    assertThat(many.hidden()).containsExactly(one.hidden());
    assertThat(many.pulses()).isEqualTo(one.pulses()).isEqualTo(one.devicePulses())
        .isEqualTo(many.devicePulses()).isPositive();
    for (int s = 0; s < one.lists().length; s++) {
      assertThat(many.lists()[s]).as("pulsed list of update %d", s).containsExactly(one.lists()[s]);
    }
    // the per-part lists have gaps to close: in some update, a row and a column that both got
    // pulses meet at a device that got none (touched rows x columns are those with pulses)
    boolean gaps = false;
    for (int[] l : one.lists()) {
      java.util.Set<Integer> listed = new java.util.HashSet<>();
      java.util.Set<Integer> pulsedRows = new java.util.HashSet<>();
      java.util.Set<Integer> pulsedCols = new java.util.HashSet<>();
      for (int idx : l) {
        listed.add(idx);
        pulsedRows.add(idx / 41);
        pulsedCols.add(idx % 41);
      }
      gaps |= listed.size() < pulsedRows.size() * pulsedCols.size();
    }
    assertThat(gaps).isTrue();
  }
}
