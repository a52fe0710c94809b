package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CalibrationBudgetCommandTest {

  /**
   * The paper's linear device with alpha+- = 1, tau = 1 on the range [-0.5, 0.5]: q+ = 1 - w,
   * q- = 1 + w, so SP = 0, q_min = 0.5, q_max = 1.5, mu_q = 1, L_q = 1. With dw_min = 1e-3,
   * w0 = 0.4 (e0 = 0.16) and delta = 0.01: Theorem C.2 floor 2 q_max^2 dw_min/mu_q = 0.0045 and
   * N = ceil(log(2 * 0.16/0.01)/(2 * 1e-3)) = ceil(1732.87) = 1733.
   */
  @Test
  void jsonCarriesTheTheoremC2NumbersForTheLinearDevice() throws Exception {
    CliRunner r = CliRunner.run("calibration-budget", "--device", "linear", "--alpha-plus", "1",
        "--alpha-minus", "1", "--tau-max", "1", "--tau-min", "1", "--dw-min", "0.001",
        "--w0", "0.4", "--range", "-0.5,0.5", "--delta", "0.01", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("symmetricPoint").asDouble()).isEqualTo(0.0);
    assertThat(j.get("qMin").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(j.get("qMax").asDouble()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(j.get("muQ").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.get("lQ").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.get("minimalDeltaRandom").asDouble()).isCloseTo(0.0045, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.get("pulsesRequiredRandom").isIntegralNumber()).isTrue();
    assertThat(j.get("pulsesRequiredRandom").asLong()).isEqualTo(1733);
    assertThat(j.get("reachableRandom").asBoolean()).isTrue();
    for (String key : new String[] {"pulsesRequiredCyclic", "minimalDeltaCyclic", "reachableCyclic"}) {
      assertThat(j.has(key)).as(key).isTrue();
    }
  }

  @Test
  void unreachableDeltaIsReportedNotFailed() throws Exception {
    CliRunner r = CliRunner.run("calibration-budget", "--preset", "paper-fig1-soft-bounds",
        "--delta", "1e-9", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("reachableRandom").asBoolean()).isFalse();
    assertThat(j.get("pulsesRequiredRandom").asLong()).isEqualTo(-1);
  }

  /** HfO2 RRAM: dw_min = 0.4622 > 1/3, outside Theorem C.4; C.2 still answers. */
  @Test
  void coarseDeviceGetsRandomBudgetAndCyclicNotApplicable() throws Exception {
    CliRunner r = CliRunner.run("calibration-budget", "--preset", "reram-array-hfo2",
        "--delta", "10", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("minimalDeltaCyclic").isNull()).isTrue();
    assertThat(j.get("notApplicableCyclic").asText()).contains("1/3");
    assertThat(j.get("notApplicableRandom").isNull()).isTrue();
    assertThat(j.get("minimalDeltaRandom").isNumber()).isTrue();
    CliRunner table = CliRunner.run("calibration-budget", "--preset", "reram-array-hfo2", "--delta", "10");
    assertThat(table.out()).contains("not applicable");
  }

  @Test
  void badDeltaAndBadRangeExitTwo() {
    assertThat(CliRunner.run("calibration-budget", "--device", "linear", "--delta", "0").exitCode())
        .isEqualTo(2);
    assertThat(CliRunner.run("calibration-budget", "--device", "linear", "--delta", "0.1",
        "--range", "0.5,-0.5").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("calibration-budget", "--device", "linear").exitCode()).isEqualTo(2);
  }
}
