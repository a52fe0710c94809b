package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.theory.ResponseConstants;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyDeviceCommandTest {

  /** The paper's linear device (eq. 103), a user's class: every check passes, exit 0. */
  public static final class UserLinearDevice implements ResponseFunction {
    private final LinearResponse r = new LinearResponse(1.1, 0.9, 1, 1);

    @Override public double qPlus(double w) { return r.qPlus(w); }
    @Override public double qMinus(double w) { return r.qMinus(w); }
    @Override public double wMin() { return r.wMin(); }
    @Override public double wMax() { return r.wMax(); }
    @Override public double symmetricPoint() { return r.symmetricPoint(); }
    @Override public ResponseConstants constants(double lo, double hi) { return r.constants(lo, hi); }
  }

  /** A constant-step device has no interior SP and is not monotone: the contract must fail it. */
  @Test
  void constantStepPresetFailsTheContractWithExitFive() {
    CliRunner r = CliRunner.run("verify-device", "--preset", "idealized", "--replicas", "8");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(r.out()).contains("Definition C.1").contains("FAIL");
  }

  @Test
  void userClassOnTheClasspathPasses() {
    CliRunner r = CliRunner.run("verify-device", "--class", UserLinearDevice.class.getName(),
        "--dw-min", "0.001", "--replicas", "8");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Theorem C.2").contains("PASS");
  }

  @Test
  void jsonSpecFromDeviceSpecRoundTrips(@TempDir Path dir) throws Exception {
    CliRunner json = CliRunner.run("device-spec", "--family", "linear");
    Path f = dir.resolve("device.json");
    Files.writeString(f, json.out());
    CliRunner r = CliRunner.run("verify-device", "--spec", f.toString(), "--dw-min", "0.001",
        "--replicas", "8");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
  }

  @Test
  void badSourcesExitTwo() {
    assertThat(CliRunner.run("verify-device", "--class", "com.example.Nope", "--dw-min", "0.01")
        .exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("verify-device", "--class", String.class.getName(), "--dw-min", "0.01")
        .err()).contains("does not implement");
    assertThat(CliRunner.run("verify-device", "--class", UserLinearDevice.class.getName())
        .exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("verify-device", "--spec", "/no/such.json").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("verify-device").exitCode()).isEqualTo(2);
  }
}
