package io.github.rider.experiments.fig1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig1aZsAccuracySmokeTest {

  private static final Fig1aZsAccuracy.Config TINY = new Fig1aZsAccuracy.Config(
      "paper-fig1-soft-bounds", 16, 16, 0.3, List.of(500L, 2000L, 8000L),
      List.of("cyclic", "random"), 0.01);

  @Test
  void writesOneRowPerVariantAndBudgetWithShrinkingErrors(@TempDir Path out) throws Exception {
    SweepRunner.Status st = SweepRunner.run(new Fig1aZsAccuracy(TINY),
        ExperimentContext.of(out, Scale.QUICK, 3));
    assertThat(st.complete()).isTrue();
    Path dir = out.resolve("fig1a");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(dir.resolve("results.csv")))).getRecords();
    assertThat(rows).hasSize(6);
    for (String variant : List.of("cyclic", "random")) {
      List<CSVRecord> rs = rows.stream().filter(r -> r.get("variant").equals(variant)).toList();
      assertThat(rs).extracting(r -> r.get("pulses")).containsExactly("500", "2000", "8000");
      // the planted offset: true SP mean -0.3 + mean(rho/gamma) (spread 0.05/16 over 256 devices)
      assertThat(Double.parseDouble(rs.get(0).get("meanTrue"))).isCloseTo(-0.3, within(0.02));
      double e500 = Double.parseDouble(rs.get(0).get("relMeanError"));
      double e8000 = Double.parseDouble(rs.get(2).get("relMeanError"));
      // ZS contracts the distance by about exp(-N dw_min): 60 % at N = 500, < 5 % at 8000
      assertThat(e500).isBetween(0.3, 0.9);
      assertThat(e8000).isLessThan(0.05).isLessThan(e500);
      double offset = Double.parseDouble(rs.get(0).get("meanOffset"));
      assertThat(offset).as("truth minus estimate; the estimate lags towards 0").isNegative();
    }
    JsonNode results = JsonFiles.read(dir.resolve("results.json"));
    assertThat(results.path("config").path("rows").asInt()).isEqualTo(16);
    assertThat(results.path("seed").asLong()).isEqualTo(3);
    assertThat(results.path("claims").get(0).path("claimId").asText())
        .isEqualTo("fig1a.pulses-for-1pct");
    for (String f : List.of("offsets.png", "offsets.svg", "relative-error.png",
        "relative-error.svg")) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
  }
}
