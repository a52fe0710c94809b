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

/** table2 at tiny scale (one grid cell, 3 methods, 200 samples, 20 mini-batches): shape and sanity. */
class Table2FcnReferenceGridSmokeTest {

  @Test
  void writesOneRowPerMethodWithThePaperEntryBeside(@TempDir Path out) throws Exception {
    Table2FcnReferenceGrid t = new Table2FcnReferenceGrid(Table2FcnReferenceGrid.Config
        .forScale(Scale.QUICK, DataSource.DEFAULT).with(List.of(0.4), List.of(0.05), 1, 200, 200, 20));
    assertThat(t.cells()).hasSize(3);
    SweepRunner.run(t, ExperimentContext.of(out, Scale.QUICK, 5));
    Path dir = out.resolve("table2");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(lines).hasSize(4);
    // the paper's entries of Table 2 at Ref Mean 0.4, Ref Std 0.05 (arXiv 2602.21321, Table 2)
    assertThat(lines.get(1)).startsWith("0.").contains("ttv2").contains("72.00±2.8");
    assertThat(lines.get(2)).contains("agad").contains("92.55±0.2");
    assertThat(lines.get(3)).contains("erider").contains("96.07±0.2");
    JsonNode claim = JsonFiles.read(dir.resolve("results.json")).path("claims").get(0);
    assertThat(claim.path("claimId").asText()).isEqualTo("table2.erider-best");
    assertThat(claim.path("ours").asText()).contains("(paper 96.07±0.2)");
    assertThat(dir.resolve("accuracy-vs-ref-std.png")).isNotEmptyFile();
  }
}
