package io.github.rider.experiments.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.Experiments;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rider robustness: the scaled devices, a tiny sweep, and that reproduce leaves it out. */
class RobustnessSweepTest {

  private static final RobustnessSweep.Config QUICK =
      RobustnessSweep.Config.forScale(Scale.QUICK, DataSource.DEFAULT);

  @Test
  void eachAxisScalesOnlyItsOwnDeviceToDeviceParameters() {
    ObjectNode preset = DeviceSpecJson.toTree(QUICK.device("dw_min_dtod", 1));
    ObjectNode none = DeviceSpecJson.toTree(QUICK.device("dw_min_dtod", 0));
    ObjectNode bounds = DeviceSpecJson.toTree(QUICK.device("w_bounds_dtod", 2));
    assertThat(preset.get("dwMinDtod").asDouble()).isEqualTo(0.7125); // the HfO2 preset
    assertThat(none.get("dwMinDtod").asDouble()).isZero();
    assertThat(none.get("upDownDtod").asDouble()).isEqualTo(0.01);
    assertThat(bounds.get("wMaxDtod").asDouble()).isCloseTo(2 * 0.4295, within(1e-12));
    assertThat(bounds.get("wMinDtod").asDouble()).isCloseTo(2 * 0.599, within(1e-12));
    assertThat(bounds.get("dwMinDtod").asDouble()).isEqualTo(0.7125);
    // the fixed reference offset of the sweep
    assertThat(bounds.get("referenceMean").asDouble()).isEqualTo(0.4);
    assertThatThrownBy(() -> QUICK.with(List.of("gamma"), List.of(1.0), 1, 10, 10, 1))
        .hasMessageContaining("axes");
  }

  @Test
  void aTinySweepWritesOneRowPerCellAndAPlotPerAxis(@TempDir Path out) throws Exception {
    RobustnessSweep r = new RobustnessSweep(QUICK.with(List.of("dw_min_dtod"),
        List.of(0.0, 2.0), 1, 40, 20, 4));
    assertThat(r.cells()).hasSize(6);
    SweepRunner.run(r, ExperimentContext.of(out, Scale.QUICK, 2));
    Path dir = out.resolve("robustness");
    assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(7);
    assertThat(dir.resolve("accuracy-vs-dw-min-dtod.png")).isNotEmptyFile();
    JsonNode summary = JsonFiles.read(dir.resolve("results.json")).path("summary");
    assertThat(summary.path("dw_min_dtod.erider").path("x2.0").asDouble(-1)).isBetween(0.0, 1.0);
  }

  @Test
  void reproduceRunsThePapersExperimentsOnly() {
    assertThat(Experiments.isImplemented("robustness")).isTrue();
    assertThat(Experiments.all(Scale.QUICK).stream().map(Experiment::name))
        .doesNotContain("robustness").contains("table2", "fig5");
  }
}
