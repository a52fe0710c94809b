package io.github.rider.experiments.fig2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fig2 at tiny scale (16 samples = 2 mini-batches, 1 epoch, ground truth and N = 50, 1 replicate). */
class Fig2ZsEstimatedReferencesSmokeTest {

  private static final Fig2ZsEstimatedReferences.Config TINY = Fig2ZsEstimatedReferences.Config
      .forScale(Scale.QUICK).withSizes(List.of(50L), 1, 16, 20, 2);

  @Test
  void writesFinalRowsLossCurvesCalibrationPulsesAndAnInconclusiveVerdictWithOneReplicate(@TempDir Path out)
      throws Exception {
    Fig2ZsEstimatedReferences f = new Fig2ZsEstimatedReferences(TINY);
    assertThat(f.cells()).extracting(c -> c.id())
        .containsExactly("ref=gt-seed=0", "ref=zs50-seed=0");
    SweepRunner.run(f, ExperimentContext.of(out, Scale.QUICK, 3));
    Path dir = out.resolve("fig2");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(lines.get(0)).contains("kind").contains("reference").contains("trainLoss")
        .contains("calibrationPulses").contains("epoch");
    List<String> finals = lines.stream().filter(l -> l.startsWith("final,")).toList();
    assertThat(finals).hasSize(2);
    assertThat(finals.get(0)).startsWith("final,gt,");
    assertThat(finals.get(1)).startsWith("final,zs50,");
    // one curve point per mini-batch of 8 (6 per epoch asked, 2 mini-batches) and reference
    assertThat(lines.stream().filter(l -> l.startsWith("curve,")).count()).isEqualTo(4);
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    JsonNode claim = results.path("claims").get(0);
    assertThat(claim.path("claimId").asText()).isEqualTo("fig2.small-n-degrades");
    assertThat(claim.path("verdict").asText()).isEqualTo("INCONCLUSIVE");
    JsonNode means = results.path("summary").path("meanFinalTrainLossByReference");
    for (String ref : List.of("gt", "zs50")) {
      // a cross-entropy over 10 classes near its start: positive and finite
      assertThat(means.path(ref).asDouble(-1)).isBetween(0.5, 5.0);
    }
    assertCalibrationPulses(lines);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header).contains("miniBatches", "transfers", "chopperFlips", "slowTilePulses");
    for (String line : finals) {
      String[] v = line.split(",", -1);
      assertThat(v[header.indexOf("miniBatches")]).isEqualTo("2");
      assertThat(Long.parseLong(v[header.indexOf("transfers")])).isPositive();
    }
    assertThat(dir.resolve("training-loss.png")).isNotEmptyFile();
    assertThat(dir.resolve("training-loss.svg")).isNotEmptyFile();
  }

  /** ZS fires N pulses on every device (A and C of every layer), the ground truth none. */
  private static void assertCalibrationPulses(List<String> lines) {
    List<String> header = List.of(lines.get(0).split(","));
    int col = header.indexOf("calibrationPulses");
    String[] gt = lines.stream().filter(l -> l.startsWith("final,gt,")).findFirst().orElseThrow()
        .split(",", -1);
    String[] zs = lines.stream().filter(l -> l.startsWith("final,zs50,")).findFirst()
        .orElseThrow().split(",", -1);
    assertThat(Long.parseLong(gt[col])).isZero();
    // LeNet-5's analog weights (digital bias, AIHWKit mapping): 16x25 + 32x400 + 128x512 +
    // 10x128 = 80,016 devices, two tiles each (A and C)
    assertThat(Long.parseLong(zs[col])).isEqualTo(50L * 2 * 80_016);
  }

  @Test
  void runLengthsAreTheFormerEpochCountsInMiniBatchesOf8() {
    // quick: 2 epochs of 600 samples; full: 20 epochs of the bundled 8,000
    assertThat(Fig2ZsEstimatedReferences.Config.forScale(Scale.QUICK).miniBatches())
        .isEqualTo(2 * 75);
    assertThat(Fig2ZsEstimatedReferences.Config.forScale(Scale.FULL).miniBatches())
        .isEqualTo(20 * 1000);
  }
}
