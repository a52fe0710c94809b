package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RiderCliTest {

  @Test
  void helpListsSubcommandsAndExitsZero() {
    CliRunner r = CliRunner.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: rider").contains("reproduce");
  }

  @Test
  void versionNamesRiderAndJava() {
    CliRunner r = CliRunner.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("rider ").contains("Java ");
  }

  @Test
  void unknownOptionExitsTwoWithOneLineMessage() {
    CliRunner r = CliRunner.run("--no-such-option");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("rider: ").contains("--no-such-option").contains("--help");
  }

  @Test
  void unknownSubcommandExitsTwo() {
    CliRunner r = CliRunner.run("no-such-command");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void threadsOptionSetsTheRunsParallelismBeforeOrAfterTheSubcommand() {
    for (String[] args : new String[][] {{"--threads", "3", "fig1b"}, {"fig1b", "--threads", "3"}}) {
      CommandLine.ParseResult parsed = RiderCli.commandLine().parseArgs(args);
      var fig1b = parsed.subcommand().commandSpec();
      assertThat(RiderCli.parallelism(fig1b).threads()).as(String.join(" ", args)).isEqualTo(3);
      assertThat(RiderCli.parallelism(fig1b)).isSameAs(RiderCli.parallelism(fig1b));
    }
    CommandLine.ParseResult none = RiderCli.commandLine().parseArgs("fig1b");
    assertThat(RiderCli.parallelism(none.subcommand().commandSpec()).threads())
        .isEqualTo(RiderCli.threadsProperty(System.getProperty(RiderCli.THREADS_PROPERTY)));
    CliRunner bad = CliRunner.run("--threads", "0", "--version");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(bad.err()).contains("--threads must be >= 1, was 0");
  }

  @Test
  void threadsPropertyIsReadOnlyAtTheCommandLine() {
    assertThat(RiderCli.threadsProperty(null)).isEqualTo(1);
    assertThat(RiderCli.threadsProperty(" 4 ")).isEqualTo(4);
    assertThatThrownBy(() -> RiderCli.threadsProperty("two"))
        .hasMessageContaining("rider.threads must be an integer >= 1");
    assertThatThrownBy(() -> RiderCli.threadsProperty("0"))
        .hasMessageContaining("rider.threads must be >= 1");
  }
}
