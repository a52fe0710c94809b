package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void threadsOptionSetsTheThreadCountBeforeOrAfterTheSubcommand() {
    int threads = io.github.rider.device.Threads.threads();
    int minWork = io.github.rider.device.Threads.minWork();
    try {
      assertThat(CliRunner.run("--threads", "3", "fig1b", "--help").exitCode()).isZero();
      assertThat(io.github.rider.device.Threads.threads()).isEqualTo(3);
      assertThat(CliRunner.run("fig1b", "--threads", "2", "--help").exitCode()).isZero();
      assertThat(io.github.rider.device.Threads.threads()).isEqualTo(2);
      CliRunner bad = CliRunner.run("--threads", "0", "--version");
      assertThat(bad.exitCode()).isEqualTo(2);
      assertThat(bad.err().strip().lines()).hasSize(1);
      assertThat(bad.err()).contains("--threads must be >= 1, was 0");
    } finally {
      io.github.rider.device.Threads.set(threads, minWork);
    }
  }
}
