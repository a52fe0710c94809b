package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code rider theorem-3.7} is registered and parses its options (the full run is a minute: not here). */
class Theorem37CommandTest {

  @Test
  void helpNamesTheOutputOption() {
    CliRunner r = CliRunner.run("theorem-3.7", "--help");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("--out").contains("docs/theorem-3.7.md");
  }

  @Test
  void unknownOptionExitsTwo() {
    assertThat(CliRunner.run("theorem-3.7", "--nope").exitCode()).isEqualTo(2);
  }
}
