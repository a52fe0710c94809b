package io.github.rider.experiments.fig1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig1bPulsesVsDwMinSmokeTest {

  static final Fig1bPulsesVsDwMin.Config TINY = new Fig1bPulsesVsDwMin.Config(
      "paper-fig1-soft-bounds", 128, 0.3, List.of(4e-3, 2e-3, 1e-3), 16_000, "cyclic", 0.01, 4);

  @Test
  void scheduleStartsAsThePapersAndEndsAtTheMaximum() {
    assertThat(Fig1bPulsesVsDwMin.schedule(8_192_000)).startsWith(200L, 500L, 1000L, 2000L)
        .endsWith(8_192_000L).hasSize(16);
  }

  @Test
  void smallerDwMinNeedsMorePulses(@TempDir Path out) throws Exception {
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY), ExperimentContext.of(out, Scale.QUICK, 2));
    JsonNode results = JsonFiles.read(out.resolve("fig1b").resolve("results.json"));
    assertThat(results.path("rows").asInt()).isEqualTo(3);
    JsonNode fit = results.path("summary").path("fineFit");
    assertThat(fit.path("n").asInt()).isEqualTo(3);
    // N ~ ln(100)/dw_min: a clearly negative slope (the broken "no dependence" would give 0)
    assertThat(fit.path("slope").asDouble()).isBetween(-1.6, -0.5);
    // the prediction of the mean recursion exists for every dw_min (the preset is affine)
    assertThat(results.path("summary").path("predictedFit").path("n").asInt()).isEqualTo(3);
    assertThat(out.resolve("fig1b").resolve("pulses-vs-dwmin.svg")).isNotEmptyFile();
  }
}
