package io.github.rider.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import org.junit.jupiter.api.Test;

/** The extrapolated cost of an MNIST runner at another scale, from the CPU time measured. */
class RunCostTest {

  private static ObjectNode results(String scale, double cpuSeconds) {
    ObjectNode r = JsonFiles.MAPPER.createObjectNode();
    r.put("scale", scale).put("cells", 3);
    r.putObject("config").put("miniBatches", 250).putObject("data").put("name", "bundled");
    r.putObject("timing").put("cellCpuSeconds", cpuSeconds);
    return r;
  }

  @Test
  void paperStepsOfTable1FromTheQuickRunsCpuTime() {
    // 3 cells x 250 mini-batches in 75 s of CPU: 0.1 s per mini-batch
    RunCost c = RunCost.of("table1", results("quick", 75), Scale.PAPER_STEPS).orElseThrow();
    // the paper's grid: 4 x 6 cells x 3 methods x 3 replicates of 300,000 mini-batches
    assertThat(c.cells()).isEqualTo(216);
    assertThat(c.miniBatches()).isEqualTo(300_000);
    assertThat(c.cpuHours()).isCloseTo(216 * 300_000 * 0.1 / 3600, within(1e-9));
    // 16 tasks: ceil(216 / 16) = 14 runs one after another
    assertThat(c.arrayHours()).isCloseTo(14 * 300_000 * 0.1 / 3600, within(1e-9));
    assertThat(c.describe()).startsWith("`rider table1 --scale paper-steps`: 216 runs of "
        + "300,000 mini-batches, about 1800.0 CPU-hours; about 116.7 h");
  }

  @Test
  void noCostWithoutCpuTimeOrRunLengthOrAtTheSameScale() {
    assertThat(RunCost.of("table1", results("quick", Double.NaN), Scale.FULL)).isEmpty();
    assertThat(RunCost.of("table1", results("full", 75), Scale.FULL)).isEmpty();
    ObjectNode fig1a = results("quick", 75);
    ((ObjectNode) fig1a.path("config")).remove("miniBatches");
    assertThat(RunCost.of("fig1a", fig1a, Scale.FULL)).isEmpty();
  }

  @Test
  void shortRunsArePrintedInSecondsOrMinutesNotAsZeroHours() {
    // 3 cells x 250 mini-batches in 0.3 s of CPU: 0.4 ms per mini-batch; fig5 at full scale has
    // 12 runs of 40,000 mini-batches: 192 s of CPU, 16 s of wall time on 16 tasks
    RunCost c = RunCost.of("fig5", results("quick", 0.3), Scale.FULL).orElseThrow();
    assertThat(c.cells()).isEqualTo(12);
    assertThat(c.describe()).contains("about 3 CPU-minutes; about 16 s of wall time")
        .doesNotContain("0.0 h");
  }

  @Test
  void durationUnitsSwitchWhereTheRoundedNumberWouldReadBadly() {
    assertThat(RunCost.duration(0)).isEqualTo("0 s");
    assertThat(RunCost.duration(59.4)).isEqualTo("59 s");
    assertThat(RunCost.duration(59.6)).isEqualTo("1 min");
    assertThat(RunCost.duration(3569)).isEqualTo("59 min");
    assertThat(RunCost.duration(3571)).isEqualTo("1.0 h");
    assertThat(RunCost.duration(1.5 * 3600)).isEqualTo("1.5 h");
    assertThat(RunCost.cpuTime(36 * 60)).isEqualTo("36 CPU-minutes");
    assertThat(RunCost.cpuTime(1800 * 3600.0)).isEqualTo("1800.0 CPU-hours");
  }
}
