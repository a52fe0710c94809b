package io.github.rider.experiments.rates;

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

class RatesRunnerSmokeTest {

  private static final RatesRunner.Config TINY = new RatesRunner.Config(1, List.of(500L, 2000L),
      40_000, 2000, List.of(1e-2, 4e-2), 2000, List.of(0.3, 0.1), List.of(200L), 100,
      SetupB.DEFAULT);

  @Test
  void writesTheThreePartsAndTheirClaims(@TempDir Path out) throws Exception {
    RatesRunner r = new RatesRunner(TINY);
    // theory, 2 algorithms x 2 K, 3 floor cells (incl. dw_min -> 0), 2 + 1 cost cells; setup B:
    // theory, RIDER and 1 two-stage cost cell
    assertThat(r.cells()).hasSize(14);
    SweepRunner.run(r, ExperimentContext.of(out, Scale.QUICK, 4));
    Path dir = out.resolve("rates");
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    // 1 theory row, 4 rate rows, 3 floor rows, 3 cost runs x 2 deltas; setup B: 1 theory row,
    // 2 cost runs x 2 deltas
    assertThat(lines).hasSize(1 + 1 + 4 + 3 + 6 + 1 + 4);
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    assertThat(results.path("claims")).extracting(c -> c.path("claimId").asText())
        .containsExactly("rates.ek-slope", "rates.floor-proportional", "rates.pulse-crossover",
            "rates.pulse-crossover-setup-b");
    // setup B is inside Theorem 3.7's assumptions, so its verdict is not inconclusive for that
    assertThat(results.path("summary").path("setupBViolatedAssumptions")).isEmpty();
    // a coarser granularity leaves a higher floor (Assumption 3.4: Var b = Theta(alpha dw_min))
    JsonNode floors = results.path("summary").path("floorFit");
    assertThat(floors.path("slope").asDouble()).isPositive();
    for (String f : List.of("ek-vs-k.png", "floor-vs-dwmin.svg", "pulses-vs-delta.png",
        "pulses-vs-delta-setup-b.png")) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void medianIgnoresUnreachedOnlyWhenMostReached() {
    assertThat(RatesRunner.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(RatesRunner.median(List.of(1.0, Double.NaN, 3.0))).isEqualTo(2.0);
    assertThat(RatesRunner.median(List.of(1.0, Double.NaN, Double.NaN))).isNaN();
  }
}
