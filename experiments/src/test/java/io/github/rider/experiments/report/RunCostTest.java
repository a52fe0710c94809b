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
}
