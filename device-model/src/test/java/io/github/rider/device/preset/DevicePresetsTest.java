package io.github.rider.device.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presets construct, have the state counts of docs/devices.md §5, and are found by name. */
class DevicePresetsTest {

  /** States = (w_max - w_min)/dw_min as in the table of docs/devices.md §5. */
  private static final Map<String, Double> STATES = Map.of(
      "idealized", 10000.0,
      "gokmen-vlasov", 1250.0,
      "reram-es", 1481.5,
      "reram-sb", 1000.0,
      "capacitor", 400.0,
      "ecram", 1000.0,
      "ecram-mo", 7088.7,
      "reram-array-om", 21.07,
      "reram-array-hfo2", 4.327,
      "paper-fig1-soft-bounds", 2000.0);

  @Test
  void everyPresetHasTheDocumentedStateCount() {
    assertThat(DevicePresets.names()).containsExactlyInAnyOrderElementsOf(STATES.keySet());
    for (String name : DevicePresets.names()) {
      DeviceSpec s = DevicePresets.get(name);
      double states = s.bounds().range() / s.dwMin();
      assertThat(states).as(name).isCloseTo(STATES.get(name), within(0.001 * STATES.get(name)));
      assertThat(DevicePresets.preset(name).source()).isNotBlank();
    }
  }

  @Test
  void reramEsGranularityFollowsAihwkitsDownStepQuirk() {
    ExpStepSpec es = (ExpStepSpec) DevicePresets.get("reram-es");
    // nominal aDown = 1 - up_down (one-sided, up_down > 0); z(0) = b = -0.5, so
    // q-(0) = 1 - A_down e^(-gamma_down b) = 1 + 0.081404 e^2.5
    double expected = 0.00135 * (1 - 0.259359) * (1 + 0.081404 * Math.exp(5 * 0.5));
    assertThat(es.granularity()).isCloseTo(expected, within(1e-15));
  }

  @Test
  void everyPresetBuildsAnArrayAndPulses() {
    for (String name : DevicePresets.names()) {
      DeviceArray a = DeviceArray.create(DevicePresets.get(name), 64, RandomStreams.of(3));
      for (int i = 0; i < a.size(); i++) {
        a.applyPulses(i, 20);
        a.applyPulses(i, -35);
        assertThat(a.read(i)).as(name).isFinite();
      }
      assertThat(a.pulseCount()).isEqualTo(64 * 55);
    }
  }

  @Test
  void lookupIsCaseAndStyleInsensitiveAndListsNamesOnError() {
    assertThat(DevicePresets.get("ReRamSBPresetDevice")).isEqualTo(DevicePresets.get("reram-sb"));
    assertThat(DevicePresets.get("RERAM_ARRAY_HFO2")).isEqualTo(
        DevicePresets.get("reramArrayHfO2"));
    assertThat(DevicePresets.get("EcRamMOPreset")).isEqualTo(DevicePresets.get("ecram-mo"));
    assertThatThrownBy(() -> DevicePresets.get("pcm"))
        .hasMessageContaining("unknown device preset 'pcm'")
        .hasMessageContaining("gokmen-vlasov").hasMessageContaining("paper-fig1-soft-bounds");
  }
}
