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

/** fig5 at tiny scale (200 samples, 20 mini-batches, p in {0, 0.05}, 1 replicate): shape and sanity. */
class Fig5ChopperProbabilitySmokeTest {

  private static final Fig5ChopperProbability.Config TINY = Fig5ChopperProbability.Config
      .forScale(Scale.QUICK, DataSource.DEFAULT).withSizes(List.of(0.0, 0.05), 1, 200, 200, 20);

  @Test
  void writesOneRowPerPAndAnInconclusiveVerdictWithOneReplicate(@TempDir Path out)
      throws Exception {
    Fig5ChopperProbability f = new Fig5ChopperProbability(TINY);
    assertThat(f.cells()).hasSize(2);
    SweepRunner.run(f, ExperimentContext.of(out, Scale.QUICK, 3));
    Path dir = out.resolve("fig5");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("testAccuracy").contains("p").contains("algorithm");
    // p = 0 runs RIDER (no chopper), p > 0 E-RIDER
    assertThat(lines.get(1)).contains(",rider,");
    assertThat(lines.get(2)).contains(",erider,");
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    JsonNode claim = results.path("claims").get(0);
    assertThat(claim.path("claimId").asText()).isEqualTo("fig5.small-p-beats-zero");
    // one replicate has no standard error: the rule cannot decide
    assertThat(claim.path("verdict").asText()).isEqualTo("INCONCLUSIVE");
    for (double a : List.of(results.path("summary").path("meanTestAccuracyByP").path("0.0")
        .asDouble(-1), results.path("summary").path("meanTestAccuracyByP").path("0.05")
        .asDouble(-1))) {
      assertThat(a).isBetween(0.0, 1.0);
    }
    assertThat(dir.resolve("accuracy-vs-p.png")).isNotEmptyFile();
    assertThat(dir.resolve("accuracy-vs-p.svg")).isNotEmptyFile();
  }

  @Test
  void sameReplicateSameResult(@TempDir Path a, @TempDir Path b) throws Exception {
    Fig5ChopperProbability.Config one = TINY.withSizes(List.of(0.05), 1, 100, 100, 10);
    SweepRunner.run(new Fig5ChopperProbability(one), ExperimentContext.of(a, Scale.QUICK, 9));
    SweepRunner.run(new Fig5ChopperProbability(one), ExperimentContext.of(b, Scale.QUICK, 9));
    assertThat(Files.readString(a.resolve("fig5/results.csv")))
        .isEqualTo(Files.readString(b.resolve("fig5/results.csv")));
  }
}
