package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig2Fig4CommandTest {

  @Test
  void helpNamesTheBudgetAndGridOptions() {
    CliRunner fig2 = CliRunner.run("fig2", "--help");
    assertThat(fig2.exitCode()).isZero();
    assertThat(fig2.out()).contains("--pulses").contains("--seeds").contains("--train-size")
        .contains("--shard").contains("--resume");
    CliRunner fig4 = CliRunner.run("fig4", "--help");
    assertThat(fig4.exitCode()).isZero();
    assertThat(fig4.out()).contains("--states").contains("--zs-pulses").contains("--epochs")
        .contains("--mini-batches");
    assertThat(fig2.out()).contains("--mini-batches").contains("--epochs");
  }

  @Test
  void fig4WithTinySizesWritesResultsAndBothClaimRows(@TempDir Path out) throws Exception {
    CliRunner r = CliRunner.run("fig4", "--states", "50", "--zs-pulses", "10", "--train-size",
        "64", "--test-size", "20", "--epochs", "1", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("fig4: 2 of 2 cells computed");
    assertThat(Files.readAllLines(out.resolve("fig4/results.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("| fig4.erider-lowest |").contains("| fig4.zs-4000-fails-2000-states |")
        .contains("fig4/total-pulses.png");
  }

  @Test
  void fig4TakesItsBudgetInEpochsOrMiniBatchesNotBoth() {
    CliRunner r = CliRunner.run("fig4", "--epochs", "1", "--mini-batches", "2");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("--epochs or --mini-batches");
  }
}
