package io.github.rider.experiments.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.Experiments;
import io.github.rider.experiments.SweepMerge;
import io.github.rider.experiments.report.ReportWriter;
import io.github.rider.experiments.robustness.RobustnessSweep.FamilyPoint;
import io.github.rider.experiments.sweep.Row;
import io.github.rider.experiments.sweep.Shard;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rider robustness: the scaled devices, tiny sweeps of both axes (rows, plots, heat maps, table,
 * report section, shards, resume and merge), and that reproduce leaves it out.
 */
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
    assertThatThrownBy(() -> QUICK.with(List.of("gamma"), List.of(1.0), List.of(), 1, 10, 10, 1))
        .hasMessageContaining("axes");
    assertThatThrownBy(() -> QUICK.with(List.of(), List.of(1.0), List.of(), 1, 10, 10, 1))
        .hasMessageContaining("at least one");
  }

  @Test
  void aTinySweepWritesOneRowPerCellAndAPlotPerAxis(@TempDir Path out) throws Exception {
    RobustnessSweep r = new RobustnessSweep(QUICK.with(List.of("dw_min_dtod"),
        List.of(0.0, 2.0), List.of(), 1, 40, 20, 4));
    assertThat(r.cells()).hasSize(6);
    SweepRunner.run(r, ExperimentContext.of(out, Scale.QUICK, 2));
    Path dir = out.resolve("robustness");
    assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(7);
    assertThat(dir.resolve("accuracy-vs-dw-min-dtod.png")).isNotEmptyFile();
    JsonNode summary = JsonFiles.read(dir.resolve("results.json")).path("summary");
    assertThat(summary.path("dw_min_dtod.erider").path("x2.0").asDouble(-1)).isBetween(0.0, 1.0);
    assertThat(dir.resolve("heatmap-d2d.png")).isNotEmptyFile();
    assertThat(dir.resolve("heatmap-response-family.png")).doesNotExist();
  }

  /** Soft-bounds, one point of each other family, and the preset at d2d factor 1: 15 cells. */
  private static final RobustnessSweep.Config FAMILIES = QUICK.with(List.of("dw_min_dtod"),
      List.of(1.0), List.of(new FamilyPoint(ResponseFamily.SOFT_BOUNDS, 1),
          new FamilyPoint(ResponseFamily.LINEAR_STEP, 0.5),
          new FamilyPoint(ResponseFamily.EXP_STEP, 5),
          new FamilyPoint(ResponseFamily.POW_STEP, 3)), 1, 40, 20, 4);

  private static String csv(Path out) throws Exception {
    return Files.readString(out.resolve("robustness").resolve(SweepRunner.RESULTS_CSV));
  }

  @Test
  void theFamilyAxisRunsEachFamilyAndItsSoftBoundsAnchorIsThePresetItself(@TempDir Path out)
      throws Exception {
    RobustnessSweep r = new RobustnessSweep(FAMILIES);
    assertThat(r.cells()).hasSize(15);
    assertThat(r.cells().stream().map(c -> c.id())).contains("soft-bounds-erider-seed=0",
        "exp-step-gamma=5.0-agad-seed=0", "dw_min_dtod-x1.0-ttv2-seed=0");
    SweepRunner.run(r, ExperimentContext.of(out, Scale.QUICK, 3));
    Path dir = out.resolve("robustness");
    List<String> lines = Files.readAllLines(dir.resolve(SweepRunner.RESULTS_CSV));
    List<String> header = List.of(lines.get(0).split(","));
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      Row row = new Row();
      for (int k = 0; k < header.size(); k++) {
        row.put(header.get(k), v[k]);
      }
      rows.add(row);
    }
    assertThat(rows).hasSize(15);
    // the same devices and streams: the anchor's runs equal the preset's at d2d factor 1
    for (String alg : List.of("ttv2", "agad", "erider")) {
      Row soft = only(rows, "soft-bounds", alg);
      Row preset = only(rows, "dw_min_dtod", alg);
      assertThat(soft.number("testAccuracy")).isEqualTo(preset.number("testAccuracy"));
      assertThat(soft.number("slowTilePulses")).isEqualTo(preset.number("slowTilePulses"));
    }
    for (String f : List.of("linear-step", "exp-step", "pow-step")) {
      assertThat(dir.resolve("accuracy-vs-" + f + "-gamma.png")).isNotEmptyFile();
    }
    assertThat(dir.resolve("heatmap-response-family.png")).isNotEmptyFile();
    assertThat(dir.resolve("heatmap-response-family.svg")).isNotEmptyFile();
    JsonNode summary = JsonFiles.read(dir.resolve("results.json")).path("summary");
    assertThat(summary.path("pow-step.agad").path("gamma=3.0").asDouble(-1)).isBetween(0.0, 1.0);
    String table = Files.readString(dir.resolve(RobustnessSweep.TABLE_FILE));
    assertThat(table).contains("| exp-step gamma=5 |", "| soft-bounds |", "| dw_min_dtod x1 |",
        "| Devices | TT-v2 | AGAD | E-RIDER |");
    String report = Files.readString(ReportWriter.write(out));
    assertThat(report).contains("## robustness:", "heatmap-response-family.png",
        "| linear-step gamma=0.5 |", "No experiment in this folder checks a claim of the paper", "# rider: results beyond the paper")
        .doesNotContain("not run (no results.json)").doesNotContain("| Claim |");
  }

  private static Row only(List<Row> rows, String axis, String alg) {
    List<Row> mine = rows.stream().filter(r -> r.text("axis").equals(axis)
        && r.text("algorithm").equals(alg)).toList();
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  @Test
  void shardsOfTheFamilySweepResumeAndMergeToTheUnshardedRun(@TempDir Path tmp)
      throws Exception {
    // the family axis alone (no d2d axis): soft-bounds and pow-step gamma 3, 6 cells
    RobustnessSweep.Config families = FAMILIES.with(List.of(), List.of(), List.of(
        new FamilyPoint(ResponseFamily.SOFT_BOUNDS, 1), new FamilyPoint(ResponseFamily.POW_STEP,
            3)), 1, 40, 20, 4);
    Path whole = tmp.resolve("whole");
    SweepRunner.run(new RobustnessSweep(families), ExperimentContext.of(whole, Scale.QUICK, 3));
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SweepRunner.run(new RobustnessSweep(families),
        ExperimentContext.of(a, Scale.QUICK, 3).withShard(new Shard(1, 2)));
    SweepRunner.Status sb = SweepRunner.run(new RobustnessSweep(families),
        ExperimentContext.of(b, Scale.QUICK, 3).withShard(new Shard(2, 2)));
    assertThat(sb.computed()).isEqualTo(3);
    // merge rebuilds the sweep from the configuration stored with the cells
    List<SweepMerge.Merged> m = SweepMerge.merge(tmp.resolve("merged"), List.of(a, b));
    assertThat(m).containsExactly(new SweepMerge.Merged("robustness", 6, 6, true));
    assertThat(csv(tmp.resolve("merged"))).isEqualTo(csv(whole));
    // resuming shard a's folder computes only the other shard's cells
    SweepRunner.Status resumed = SweepRunner.run(new RobustnessSweep(families),
        ExperimentContext.of(a, Scale.QUICK, 3).withResume(true));
    assertThat(resumed.computed()).isEqualTo(3);
    assertThat(csv(a)).isEqualTo(csv(whole));
  }

  @Test
  void reproduceRunsThePapersExperimentsOnly() {
    assertThat(Experiments.isImplemented("robustness")).isTrue();
    assertThat(Experiments.all(Scale.QUICK).stream().map(Experiment::name))
        .doesNotContain("robustness").contains("table2", "fig5");
  }
}
