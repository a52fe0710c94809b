package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSyntheticCommandTest {

  private static final String[] SHORT = {"--iters", "3000", "--stride", "1000"};

  private static String[] args(String... extra) {
    String[] a = new String[extra.length + SHORT.length + 1];
    a[0] = "train-synthetic";
    System.arraycopy(SHORT, 0, a, 1, SHORT.length);
    System.arraycopy(extra, 0, a, 1 + SHORT.length, extra.length);
    return a;
  }

  @Test
  void jsonHasTheDocumentedKeysAndEveryParameter(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run.json");
    CliRunner r = CliRunner.run(args("--algorithm", "two-stage", "--zs-pulses", "200", "--out", out.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(Files.readString(out));
    for (String k : new String[] {"f", "distSq", "pMinusQSq", "gpSq", "qMinusSpSq"}) {
      assertThat(j.get("final").get(k).isNumber()).as(k).isTrue();
    }
    for (String k : new String[] {"calibration", "training", "programming"}) {
      assertThat(j.get("pulses").get(k).isIntegralNumber()).as(k).isTrue();
    }
    // two-stage with N = 200 ZS pulses on D = 10 elements: 2000 calibration pulses
    assertThat(j.get("pulses").get("calibration").asLong()).isEqualTo(2000);
    assertThat(j.get("run").get("spMean").asDouble()).isEqualTo(0.3);
    assertThat(j.get("run").get("seed").asLong()).isEqualTo(1);
    assertThat(j.get("history")).hasSize(4); // iterates 0, 1000, 2000, 3000
    assertThat(r.out()).contains("two-stage");
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    String a = CliRunner.run(args("--seed", "7")).out();
    String b = CliRunner.run(args("--seed", "7")).out();
    String c = CliRunner.run(args("--seed", "8")).out();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void quantitiesAnAlgorithmLacksAreNull() throws Exception {
    CliRunner r = CliRunner.run(args("--algorithm", "analog-sgd"));
    JsonNode fin = new ObjectMapper().readTree(r.out()).get("final");
    assertThat(fin.get("distSq").isNumber()).isTrue();
    assertThat(fin.get("pMinusQSq").isNull()).isTrue();
  }

  @Test
  void badAlgorithmExitsTwoNamingTheChoices() {
    CliRunner r = CliRunner.run(args("--algorithm", "adam"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("algorithm").contains("erider");
  }
}
