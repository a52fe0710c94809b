package io.github.rider.experiments.fig4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fig4 at tiny scale (128 samples, 2 mini-batches of 64, 100 states, N = 20): shape and sanity. */
class Fig4TotalPulseCostSmokeTest {

  private static final Fig4TotalPulseCost.Config TINY = Fig4TotalPulseCost.Config
      .forScale(Scale.QUICK).withSizes(List.of(100.0), List.of(20L), 128, 20, 2);

  @Test
  void writesOneRowPerStatesAndMethodAndFailsEveryRunThatMissesTheTarget(@TempDir Path out)
      throws Exception {
    Fig4TotalPulseCost f = new Fig4TotalPulseCost(TINY);
    assertThat(f.cells()).extracting(c -> c.id())
        .containsExactly("states=100-method=zs20", "states=100-method=erider");
    SweepRunner.run(f, ExperimentContext.of(out, Scale.QUICK, 3));
    Path dir = out.resolve("fig4");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(lines).hasSize(3);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header).contains("states", "dwMin", "method", "zsPulses", "status",
        "totalPulsesPaper", "countedTrainingDevicePulses", "finalTrainLoss");
    for (String line : lines.subList(1, 3)) {
      String[] v = line.split(",", -1);
      assertThat(Double.parseDouble(v[header.indexOf("dwMin")])).isEqualTo(0.02); // 2 / 100
      // two LeNet mini-batches of 64 cannot reach loss 0.2: 'fails', no total
      assertThat(v[header.indexOf("status")]).startsWith("fails");
      assertThat(v[header.indexOf("totalPulsesPaper")]).isEmpty();
      assertThat(Double.parseDouble(v[header.indexOf("finalTrainLoss")])).isBetween(0.5, 5.0);
      // the run's counters, as the other MNIST runners report them
      assertThat(v[header.indexOf("miniBatches")]).isEqualTo("2");
      assertThat(v[header.indexOf("epochs")]).isEqualTo("1");
      assertThat(Long.parseLong(v[header.indexOf("transfers")])).isPositive();
    }
    assertThat(header).contains("chopperFlips", "slowTilePulses");
    assertThat(header.stream().filter(h -> h.endsWith(".sweeps"))).isNotEmpty();
    assertThat(header.stream().filter(h -> h.endsWith(".slowTilePulses"))).isNotEmpty();
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    assertThat(results.path("claims")).hasSize(2);
    for (JsonNode claim : results.path("claims")) {
      // every method failed (and 2000 states is not in the grid): the rules cannot decide
      assertThat(claim.path("verdict").asText()).isEqualTo("INCONCLUSIVE");
    }
    assertThat(dir.resolve("total-pulses.png")).isNotEmptyFile();
    assertThat(dir.resolve("total-pulses.svg")).isNotEmptyFile();
  }

  @Test
  void budgetsAreTheFormerEpochCountsInMiniBatchesOf64() {
    // quick: 2 epochs of 600 samples; full: 40 epochs of the bundled 8,000
    assertThat(Fig4TotalPulseCost.Config.forScale(Scale.QUICK).miniBatches()).isEqualTo(2 * 10);
    assertThat(Fig4TotalPulseCost.Config.forScale(Scale.FULL).miniBatches()).isEqualTo(40 * 125);
    assertThat(Fig4TotalPulseCost.Config.forScale(Scale.PAPER_STEPS))
        .isEqualTo(Fig4TotalPulseCost.Config.forScale(Scale.FULL));
  }
}
