package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.sweep.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --scale, --mini-batches and --data of the MNIST-scale runners, at tiny sizes. */
class MnistDataAndScaleOptionsTest {

  @Test
  void paperStepsScaleIsRecordedAndMiniBatchesSetTheRunLength(@TempDir Path out)
      throws Exception {
    CliRunner r = CliRunner.run("fig5", "--scale", "paper-steps", "--p", "0.2", "--seeds", "1",
        "--train-size", "30", "--test-size", "20", "--mini-batches", "7", "--out",
        out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode results = JsonFiles.read(out.resolve("fig5/results.json"));
    assertThat(results.path("scale").asText()).isEqualTo("paper-steps");
    assertThat(results.path("config").path("miniBatches").asLong()).isEqualTo(7);
    List<String> lines = Files.readAllLines(out.resolve("fig5/results.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    String[] f = lines.get(1).split(",");
    // 7 mini-batches of 10 over 30 samples: 3 epochs, the last cut short after one batch
    assertThat(f[header.indexOf("miniBatches")]).isEqualTo("7");
    assertThat(f[header.indexOf("epochs")]).isEqualTo("3");
    // the counters: fc1's two tiles, fc2 and fc3, each with sweeps and slow-tile pulses
    assertThat(header).contains("transfers", "chopperFlips", "slowTilePulses",
        "fc1[0;0].sweeps", "fc1[0;1].slowTilePulses", "fc3.chopperFlips");
    // Table 5's transfer_every 1 (units_in_mbatch): one column transfer per mini-batch and tile
    assertThat(f[header.indexOf("transfers")]).isEqualTo(String.valueOf(4 * 7));
  }

  @Test
  void robustnessRunsFromTheCommandLineAndGetsAReportSection(@TempDir Path out)
      throws Exception {
    CliRunner r = CliRunner.run("robustness", "--axes", "up_down_dtod", "--factors", "4",
        "--families", "none", "--seeds", "1", "--train-size", "20", "--test-size", "20", "--mini-batches", "2",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("robustness: 3 of 3 cells computed");
    assertThat(Files.readString(out.resolve("report.md"))).contains("## robustness: Beyond "
        + "the paper").contains("robustness/accuracy-vs-up-down-dtod.png");
  }

  @Test
  void epochsAndMiniBatchesTogetherAreRefused() {
    CliRunner r = CliRunner.run("table2", "--epochs", "1", "--mini-batches", "3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--epochs or --mini-batches");
  }

  @Test
  void aMissingDataDirectoryIsOneLineAndExitTwo(@TempDir Path out) {
    CliRunner r = CliRunner.run("table2", "--data", out.resolve("nowhere").toString(),
        "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("nowhere").contains("not found");
  }

  @Test
  void fashionMnistRunsWhenInstalledAndNamesTheInstallCommandWhenNot(@TempDir Path out)
      throws Exception {
    String[] args = {"table2", "--data", "fashion-mnist", "--ref-means", "0", "--ref-stds",
        "0.05", "--seeds", "1", "--train-size", "40", "--test-size", "40", "--mini-batches", "4",
        "--out", out.toString()};
    CliRunner r = CliRunner.run(args);
    if (!Files.isDirectory(DataSource.FASHION_MNIST_DIR)) {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("apt-get install dataset-fashion-mnist");
      Assumptions.abort("Fashion-MNIST is not installed (apt-get install "
          + "dataset-fashion-mnist): only the error path was checked");
    }
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode results = JsonFiles.read(out.resolve("table2/results.json"));
    assertThat(results.path("config").path("data").path("name").asText())
        .isEqualTo("fashion-mnist");
    assertThat(Files.readString(out.resolve("table2/paper-vs-ours.md")))
        .contains("Fashion-MNIST").contains("absolute accuracies are not comparable");
  }
}
