package io.github.rider.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import io.github.rider.experiments.data.DataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** table1 at tiny scale (one grid cell, 3 methods, 40 samples, 5 mini-batches = 1 epoch): shape and sanity. */
class Table1LeNet5ReferenceGridSmokeTest {

  @Test
  void writesOneRowPerMethodThePaperVsOursTableAndInconclusiveVerdictsInsideTheWarmUp(
      @TempDir Path out) throws Exception {
    Table1LeNet5ReferenceGrid t = new Table1LeNet5ReferenceGrid(Table1LeNet5ReferenceGrid.Config
        .forScale(Scale.QUICK, DataSource.DEFAULT).with(List.of(0.0), List.of(0.05), 1, 40, 40, 5));
    assertThat(t.cells()).hasSize(3);
    SweepRunner.run(t, ExperimentContext.of(out, Scale.QUICK, 5));
    Path dir = out.resolve("table1");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(lines).hasSize(4);
    // the paper's entries of Table 1 at Ref Mean 0, Ref Std 0.05 (arXiv 2602.21321, Table 1)
    assertThat(lines.get(1)).contains("ttv2").contains("75.19±1.0");
    assertThat(lines.get(2)).contains("agad").contains("90.81±0.2");
    assertThat(lines.get(3)).contains("erider").contains("93.75±0.1");
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    assertThat(results.path("config").path("miniBatches").asInt()).isEqualTo(5);
    List<String> header = List.of(lines.get(0).split(","));
    for (String line : lines.subList(1, 4)) {
      String[] f = line.split(",");
      assertThat(Double.parseDouble(f[header.indexOf("testAccuracy")])).isBetween(0.0, 1.0);
      // LeNet-5 batch 8: 40 samples are 5 mini-batches
      assertThat(f[header.indexOf("miniBatches")]).isEqualTo("5");
    }
    JsonNode claims = results.path("claims");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).path("claimId").asText()).isEqualTo("table1.erider-best");
    assertThat(claims.get(1).path("claimId").asText()).isEqualTo("table1.agad-over-ttv2");
    // 5 mini-batches are far inside AGAD's and E-RIDER's warm-up: the rules cannot decide
    for (JsonNode c : claims) {
      assertThat(c.path("verdict").asText()).isEqualTo("INCONCLUSIVE");
      assertThat(c.path("ours").asText()).contains("did not outlast the warm-up");
    }
    assertThat(claims.get(0).path("ours").asText()).contains("(paper 93.75±0.1)");
    String table = Files.readString(dir.resolve(ReferenceGridExperiment.TABLE_FILE));
    assertThat(table).contains("| Ref Mean | Method | Ref Std 0.05 |")
        .contains("| 0.0 | E-RIDER | ").contains("(93.75±0.1) |");
    assertThat(dir.resolve("accuracy-vs-ref-std.png")).isNotEmptyFile();
    assertThat(dir.resolve("ours-vs-paper.png")).isNotEmptyFile();
    assertThat(dir.resolve("ours-vs-paper.svg")).isNotEmptyFile();
  }
}
