package io.github.rider.device.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.preset.DevicePresets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Definition 2.1 of the paper checked when a spec is read, with the offending parameter named. */
class TrainingFriendlyTest {

  static java.util.List<String> families() {
    return DeviceSpecJson.families();
  }

  static java.util.List<String> presets() {
    return DevicePresets.names();
  }

  @ParameterizedTest
  @MethodSource("families")
  void everyFamilyDefaultIsTrainingFriendly(String family) {
    assertThat(TrainingFriendly.violation(DeviceSpecJson.defaults(family))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("presets")
  void everyPresetIsTrainingFriendlyAndReadsBack(String preset) {
    DeviceSpec s = DevicePresets.get(preset);
    assertThat(TrainingFriendly.violation(s)).isEmpty();
    assertThat(DeviceSpecJson.fromTree(DeviceSpecJson.toTree(s))).isEqualTo(s);
  }

  /** A spec read from JSON whose response changes sign or overflows is refused, naming the cause. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "capacitor; ; gammaUp; 1e6; gammaUp",
    "; piecewise-step; piecewiseUp; -1; piecewiseUp",
    "; linear; tauMin; 1e-320; tauMin",
    "; exponential; gammaRes; 710; gammaRes",
    "; linear; dwMin; 4.9e-324; dwMin",
  })
  void violationsAreRefusedNamingTheParameter(String preset, String family, String field,
      String value, String named) {
    ObjectNode tree = DeviceSpecJson.toTree(
        preset != null ? DevicePresets.get(preset) : DeviceSpecJson.defaults(family));
    if (tree.get(field).isArray()) {
      var a = tree.putArray(field);
      for (int k = 0; k < DeviceSpecJson.toTree(DeviceSpecJson.defaults("piecewise-step"))
          .get(field).size(); k++) {
        a.add(Double.parseDouble(value));
      }
    } else {
      tree.put(field, Double.parseDouble(value));
    }
    assertThatThrownBy(() -> DeviceSpecJson.fromTree(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not training-friendly")
        .hasMessageEndingWith("offending parameter " + named);
  }
}
