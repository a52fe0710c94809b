package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.Parallelism;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.array.PulseRule;
import io.github.rider.device.array.RuleDevices;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tile's {@link PulsedUpdate} pulses the devices bit for bit as {@link PulseRule}, one pulse
 * at a time, does with the counts the update's pulse trains give ({@link PulsedUpdate#counts} of
 * a twin drawing the same bits): every device with a nonzero count is listed once in {@link
 * PulsedUpdate#lastPulsed} and gets its |n_ij| pulses of sign n_ij, devices in the listed order
 * (each row's normals in the order its devices are pulsed). Row noise blocks (the tile's
 * layout: one call per row) and blocks that are not rows (one device at a time), on one and
 * three threads; stochastic trains with UBLM (BL 1, every count 1) and without (BL 31, counts
 * above 1, gaps), deterministic counts; SoftBounds with multiplicative noise, clipped, the
 * ReRAM HfO2 preset (additive noise, write noise, references) and a non-affine ExpStep.
 */
class PulsedUpdateFollowsTheRuleTest {

  private static final int ROWS = 19;
  private static final int COLS = 37;

  private static DeviceSpec device(String name) {
    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS;
    return switch (name) {
      case "soft-bounds" -> s;
      case "clipped" -> s.withBounds(new Bounds(0.003, -0.003, 0.3, 0.3))
          .withPulsed(s.pulsed().withDwMinStd(2.0).withWriteNoiseStd(0.5));
      case "hfo2" -> DevicePresets.get("reram-array-hfo2");
      case "exp-step" -> ExpStepSpec.DEFAULTS;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static UpdateParameters update(String trains) {
    UpdateParameters p = UpdateParameters.DEFAULTS;
    return switch (trains) {
      case "ublm" -> p;
      case "bl31" -> p.withManagement(false, false).withDesiredBl(31);
      case "deterministic" -> p.withPulseType(UpdateParameters.PulseType.DETERMINISTIC_IMPLICIT);
      default -> throw new IllegalArgumentException(trains);
    };
  }

  @ParameterizedTest(name = "{0}, {1}, row blocks {2}, {3} threads")
  @CsvSource({
      "soft-bounds, ublm, true, 1", "soft-bounds, bl31, true, 1", "soft-bounds, bl31, true, 3",
      "soft-bounds, deterministic, true, 1", "soft-bounds, bl31, false, 1",
      "clipped, bl31, true, 1", "clipped, bl31, true, 3", "clipped, ublm, false, 1",
      "hfo2, ublm, true, 1", "hfo2, bl31, true, 3", "hfo2, bl31, false, 1",
      "exp-step, bl31, true, 1", "exp-step, bl31, true, 3", "exp-step, ublm, false, 1"})
  void pulsesFollowTheRule(String name, String trains, boolean rowBlocks, int threads) {
    Parallelism par = Parallelism.ofThreads(threads).withMinWork(0);
    DeviceSpec spec = device(name);
    UpdateParameters p = update(trains);
    RandomStreams streams = RandomStreams.of(31);
    DeviceArray devices = DeviceArray.create(spec, ROWS * COLS, rowBlocks ? COLS : 64, streams);
    RuleDevices rule = RuleDevices.of(devices, streams);
    PulsedUpdate updater = new PulsedUpdate(ROWS, COLS, streams.stream(RandomStreams.PULSE_TRAIN),
        par);
    PulsedUpdate twin = new PulsedUpdate(ROWS, COLS, streams.stream(RandomStreams.PULSE_TRAIN));
    SplittableRandom data = new SplittableRandom(5);
    double[] x = new double[COLS];
    double[] d = new double[ROWS];
    int[] counts = new int[ROWS * COLS];
    boolean[] listed = new boolean[ROWS * COLS];
    long total = 0;
    for (int s = 0; s < 6; s++) {
      for (int j = 0; j < COLS; j++) {
        x[j] = data.nextDouble() < 0.3 ? 0 : 2 * data.nextDouble() - 1;
      }
      for (int i = 0; i < ROWS; i++) {
        d[i] = data.nextDouble() < 0.3 ? 0 : 0.2 * (2 * data.nextDouble() - 1);
      }
      double lr = s % 2 == 0 ? 0.05 : -0.03;
      twin.counts(x, d, lr, spec.granularity(), p, counts);
      long fired = updater.apply(devices, spec.granularity(), x, d, lr, p);
      Arrays.fill(listed, false);
      long expected = 0;
      for (int k = 0; k < updater.lastPulsedCount(); k++) {
        int idx = updater.lastPulsed(k);
        assertThat(listed[idx]).as("device %d listed twice", idx).isFalse();
        listed[idx] = true;
        assertThat(counts[idx]).as("count of listed device %d", idx).isNotZero();
        rule.pulses(idx, counts[idx]);
        expected += Math.abs(counts[idx]);
      }
      for (int idx = 0; idx < counts.length; idx++) {
        assertThat(listed[idx] || counts[idx] == 0).as("device %d with a count not listed", idx)
            .isTrue();
      }
      assertThat(fired).isEqualTo(expected);
      total += fired;
    }
    assertThat(total).isPositive();
    assertThat(devices.pulseCount()).isEqualTo(total);
    rule.assertSameAs(devices, name + ", " + trains);
  }
}
