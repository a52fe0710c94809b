package io.github.rider.device.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** JSON round trip of every family and preset; clear errors for bad input. */
class DeviceSpecJsonRoundTripTest {

  @Test
  void everyFamilyDefaultAndPresetRoundTrips() {
    for (String family : DeviceSpecJson.families()) {
      DeviceSpec s = DeviceSpecJson.defaults(family);
      assertThat(s.family()).isEqualTo(family);
      assertThat(DeviceSpecJson.fromJson(DeviceSpecJson.toJson(s))).isEqualTo(s);
    }
    for (String name : DevicePresets.names()) {
      DeviceSpec s = DevicePresets.get(name);
      assertThat(DeviceSpecJson.fromJson(DeviceSpecJson.toJson(s))).as(name).isEqualTo(s);
    }
  }

  @Test
  void randomlyModifiedSpecsRoundTrip() {
    RandomGenerator r = RandomStreams.of(11).stream("json");
    for (int k = 0; k < 200; k++) {
      PulsedParams p = PulsedParams.AIHWKIT_DEFAULTS.withDwMin(1e-4 + r.nextDouble())
          .withUpDown(r.nextDouble() - 0.5).withReferenceMean(r.nextGaussian())
          .withMultNoise(r.nextBoolean()).withSubtractSymmetryPoint(r.nextBoolean());
      Bounds b = new Bounds(r.nextDouble(), -r.nextDouble(), r.nextDouble(), r.nextDouble());
      DeviceSpec[] specs = {
        new LinearStepSpec(p, b, r.nextDouble(), r.nextDouble(), 0.01, 0.02, r.nextBoolean()),
        new PiecewiseStepSpec(p, b, new double[] {r.nextDouble(), 1, 2},
            new double[] {3, r.nextDouble(), 1}),
        new LinearSpec(p, 0.5 + r.nextDouble(), 0.5 + r.nextDouble(), 1, 2),
      };
      for (DeviceSpec s : specs) {
        assertThat(DeviceSpecJson.fromJson(DeviceSpecJson.toJson(s))).isEqualTo(s);
      }
    }
  }

  @Test
  void missingFieldsTakeTheFamilyDefaults() {
    DeviceSpec s = DeviceSpecJson.fromJson("{\"family\":\"soft-bounds\",\"dwMin\":0.002}");
    assertThat(s).isEqualTo(SoftBoundsSpec.DEFAULTS.withDwMin(0.002));
    assertThat(DeviceSpecJson.toTree(s).get("wMax").asDouble()).isEqualTo(0.6);
  }

  @Test
  void badInputGivesClearErrors() {
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":\"soft-bounds\",\"dwMn\":1}"))
        .hasMessageContaining("unknown field \"dwMn\"").hasMessageContaining("dwMin");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":\"soft-bounds\",\"dwMin\":\"x\"}"))
        .hasMessageContaining("\"dwMin\" must be a number");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":\"linear\",\"multNoise\":1}"))
        .hasMessageContaining("\"multNoise\" must be true or false");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson(
        "{\"family\":\"piecewise-step\",\"piecewiseUp\":[1,\"a\"]}"))
        .hasMessageContaining("piecewiseUp").hasMessageContaining("element 1");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":\"soft-bounds\",\"wMin\":0.3}"))
        .hasMessageContaining("wMin must be finite and <= 0");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":\"nope\"}"))
        .hasMessageContaining("unknown device family 'nope'").hasMessageContaining("pow-step");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"dwMin\":1}"))
        .hasMessageContaining("\"family\"");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("[1,2]"))
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> DeviceSpecJson.fromJson("{\"family\":"))
        .hasMessageContaining("not valid JSON");
  }
}
