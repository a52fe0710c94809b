package io.github.rider.device.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Noise-free pulse traces equal the per-pulse recursion of docs/devices.md §2 exactly (bit for
 * bit): w &larr; clip(w + dwMin q+(w)) or clip(w - dwMin q-(w)) on the nominal response, for every
 * family default and every preset (reference subtracted where the device's spec says). With noise
 * on, the trace differs and is reproducible from the seed.
 */
class PulseTraceRecursionTest {

  private static final int[] PROGRAM = {150, -300, 150};

  private static List<DeviceSpec> all() {
    List<DeviceSpec> out = new ArrayList<>();
    for (String f : DeviceSpecJson.families()) {
      out.add(DeviceSpecJson.defaults(f));
    }
    for (String p : DevicePresets.names()) {
      out.add(DevicePresets.get(p));
    }
    return out;
  }

  @Test
  void noiseFreeTraceIsTheExactRecursion() {
    for (DeviceSpec s : all()) {
      ResponseFunction q = s.nominalResponse();
      double ref = s.pulsed().referenceMean()
          + (s.pulsed().subtractSymmetryPoint() ? q.symmetricPoint() : 0);
      double g = Math.max(q.wMin(), Math.min(q.wMax(), 0.1 + ref));
      List<PulseTrace.Row> rows = PulseTrace.run(s, 0.1, PROGRAM, 1, false);
      assertThat(rows).hasSize(600);
      int k = 0;
      for (int block : PROGRAM) {
        for (int j = 0; j < Math.abs(block); j++) {
          g = block > 0 ? g + s.dwMin() * q.qPlus(g) : g - s.dwMin() * q.qMinus(g);
          g = Math.max(q.wMin(), Math.min(q.wMax(), g));
          PulseTrace.Row row = rows.get(k++);
          assertThat(row.pulse()).isEqualTo(k);
          assertThat(row.direction()).isEqualTo(Integer.signum(block));
          assertThat(row.weight()).as("%s pulse %d", s.family(), k).isEqualTo(g - ref);
        }
      }
    }
  }

  @Test
  void noisyTraceDiffersAndIsReproducible() {
    DeviceSpec s = DevicePresets.get("reram-sb");
    List<PulseTrace.Row> a = PulseTrace.run(s, 0, PROGRAM, 5, true);
    assertThat(PulseTrace.run(s, 0, PROGRAM, 5, true)).isEqualTo(a);
    assertThat(PulseTrace.run(s, 0, PROGRAM, 5, false)).isNotEqualTo(a);
  }

  @Test
  void parsesPulsePrograms() {
    assertThat(PulseTrace.parseProgram("+150, -300,+150")).containsExactly(150, -300, 150);
    assertThatThrownBy(() -> PulseTrace.parseProgram("+1,x")).hasMessageContaining("'x'");
    assertThatThrownBy(() -> PulseTrace.parseProgram("0")).hasMessageContaining("must not be 0");
    assertThatThrownBy(() -> PulseTrace.parseProgram(" ")).hasMessageContaining("empty");
  }
}
