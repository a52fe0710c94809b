package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Table1CommandTest {

  @Test
  void table1WithOneGridCellWritesThreeMethodsBothClaimsAndThePaperVsOursTable(@TempDir Path out)
      throws Exception {
    CliRunner r = CliRunner.run("table1", "--ref-means", "0", "--ref-stds", "0.05", "--seeds",
        "1", "--train-size", "16", "--test-size", "16", "--epochs", "1", "--out",
        out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("table1: 3 of 3 cells computed");
    assertThat(Files.readAllLines(out.resolve("table1/results.csv"))).hasSize(4);
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report).contains("| table1.erider-best |").contains("| table1.agad-over-ttv2 |")
        .contains("(paper 93.75±0.1)")
        // the paper-vs-ours table, inlined into the table1 section
        .contains("| Ref Mean | Method | Ref Std 0.05 |").contains("(90.81±0.2) |");
    assertThat(report).doesNotContain("not yet implemented");
    // inside the warm-up the claims are inconclusive; the report names what decides them and
    // its cost, extrapolated from the CPU time of these cells
    assertThat(report).contains("Decided by `rider table1 --scale paper-steps`: 216 runs of "
        + "300,000 mini-batches, about ").contains("Cost of `rider table1 --scale full`: 216 runs of "
        + "40,000 mini-batches");
  }

  @Test
  void helpNamesTheGridAndScaleOptions() {
    CliRunner r = CliRunner.run("table1", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--ref-means").contains("--ref-stds").contains("--seeds")
        .contains("--shard").contains("--resume").contains("LeNet-5");
  }
}
