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
}
