package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/** Presets as P/W devices of synthetic runs: the planted SPs are exact, in both modes. */
class PresetDevicesInSyntheticRunsTest {

  private static SyntheticRunSpec spec(String device, String mode) {
    return new SyntheticRunSpec("rider", "least-squares", 6, device, device, mode, 0.2, 0.1, 1,
        1e-3, false, 200, 100, 0, 0.05, 0.005, 0.01, 0.5, 0.0, 0.1, 3);
  }

  /**
   * The planted SP of P's element i is spMean + spStd xi_i from the REFERENCE stream, whatever the
   * device; so the final ||Q - SP(P)||^2 metric is measured against those values. After 0
   * iterations Q = 0, so qMinusSpSq equals sum sp_i^2 — computed here from the same stream.
   */
  @Test
  void presetArraysCarryThePlantedSymmetricPoints() {
    var ref = RandomStreams.of(3).stream(RandomStreams.REFERENCE);
    double expected = 0;
    for (int i = 0; i < 6; i++) {
      double sp = 0.2 + 0.1 * ref.nextGaussian();
      expected += sp * sp;
    }
    for (String mode : new String[] {"mean-field", "pulsed"}) {
      for (String preset : new String[] {"ecram", "reram-sb", "paper-fig1-soft-bounds"}) {
        TrainingResult r = SyntheticRunFactory.run(spec(preset, mode).withIters(0));
        assertThat(r.finalMetrics().qMinusSpSq()).as(preset + " " + mode)
            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  @Test
  void presetRunsTrainAndCountPulses() {
    TrainingResult r = SyntheticRunFactory.run(spec("ecram", "pulsed"));
    assertThat(r.diverged()).isFalse();
    assertThat(r.pulses().training()).isPositive();
    assertThat(r.finalMetrics().distSq()).isLessThan(r.history().get(0).distSq());
  }

  @Test
  void unknownDeviceNamesFamiliesAndPresets() {
    assertThatThrownBy(() -> spec("memristor", "pulsed"))
        .hasMessageContaining("deviceP").hasMessageContaining("ald").hasMessageContaining("ecram");
  }
}
