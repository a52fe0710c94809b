package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Table2CommandTest {

  @Test
  void table2WithOneGridCellWritesThreeMethodsAndTheClaimRow(@TempDir Path out) throws Exception {
    CliRunner r = CliRunner.run("table2", "--ref-means", "0", "--ref-stds", "0.05", "--seeds",
        "1", "--train-size", "100", "--test-size", "100", "--epochs", "1", "--out",
        out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("table2: 3 of 3 cells computed");
    assertThat(Files.readAllLines(out.resolve("table2/results.csv"))).hasSize(4);
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("| table2.erider-best |").contains("(paper 95.45±0.2)");
  }
}
