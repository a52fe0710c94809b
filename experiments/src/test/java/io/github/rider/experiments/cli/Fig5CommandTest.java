package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig5CommandTest {

  @Test
  void fig5WithTinySizesWritesResultsAndTheClaimRow(@TempDir Path out) throws Exception {
    CliRunner r = CliRunner.run("fig5", "--p", "0,0.2", "--seeds", "1", "--train-size", "100",
        "--test-size", "100", "--epochs", "1", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("fig5: 2 of 2 cells computed");
    assertThat(Files.readAllLines(out.resolve("fig5/results.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("| fig5.small-p-beats-zero |").contains("fig5/accuracy-vs-p.png");
  }
}
