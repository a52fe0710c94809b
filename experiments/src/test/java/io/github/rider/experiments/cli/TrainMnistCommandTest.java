package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rider.algorithms.cells.Algorithm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rider train-mnist} on its own command line (registered in Subcommands by the lead). */
class TrainMnistCommandTest {
  private static final String[] SHORT = {"--train-size", "300", "--test-size", "300", "--epochs", "2"};

  /** Exit code, stdout, stderr, and the exception that ended the command (null if none). */
  record Run(int code, String out, String err, Exception failure) {}

  static Run run(String... extra) {
    String[] args = new String[SHORT.length + extra.length];
    System.arraycopy(SHORT, 0, args, 0, SHORT.length);
    System.arraycopy(extra, 0, args, SHORT.length, extra.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Exception[] failure = new Exception[1];
    CommandLine cl = new CommandLine(new TrainMnistCommand());
    cl.setOverwrittenOptionsAllowed(true); // later options override SHORT's
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, c, p) -> {
      failure[0] = e;
      return 2;
    });
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString(), failure[0]);
  }

  @Test
  void digitalFcnWritesTheDocumentedJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run.json");
    Run r = run("--out", out.toString(), "--seed", "4");
    assertThat(r.failure()).isNull();
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(Files.readString(out));
    assertThat(j.get("epochs")).hasSize(2);
    for (JsonNode e : j.get("epochs")) {
      assertThat(e.get("trainLoss").isNumber()).isTrue();
      assertThat(e.get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(j.get("final").get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("final").get("diverged").asBoolean()).isFalse();
    assertThat(j.get("pulses").get("training").asLong()).isZero();
    assertThat(j.get("pulses").get("programming").asLong()).isZero();
    assertThat(j.get("seed").asLong()).isEqualTo(4);
    JsonNode p = j.get("parameters");
    assertThat(p.get("model").asText()).isEqualTo("fcn");
    assertThat(p.get("batch").asInt()).isEqualTo(10);
    assertThat(p.get("lr").asDouble()).isEqualTo(0.5);
    assertThat(p.get("trainSize").asInt()).isEqualTo(300);
    assertThat(p.get("testSize").asInt()).isEqualTo(300);
    assertThat(r.out()).contains("fcn digital").contains("test accuracy");
    assertThat(r.err()).doesNotContain("epoch 1/2"); // no terminal, no progress bar
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    String a = run("--seed", "7", "--epochs", "1").out();
    String b = run("--seed", "7", "--epochs", "1").out();
    String c = run("--seed", "8", "--epochs", "1").out();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void progressBarOnRequest() {
    Run r = run("--epochs", "1", "--progress");
    assertThat(r.err()).contains("epoch 1/1 [").contains("100%");
  }

  @Test
  void analogRunRecordsDeviceReferenceHyperparametersAndPulses() throws Exception {
    Run r = run("--algorithm", "erider", "--train-size", "20", "--epochs", "1", "--ref-mean", "0.4",
        "--ref-std", "0.4", "--hp", "in_chop_prob=0.1");
    assertThat(r.failure()).isNull();
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode p = j.get("parameters");
    assertThat(p.get("preset").asText()).isEqualTo("reram-array-hfo2");
    assertThat(p.get("device").get("referenceMean").asDouble()).isEqualTo(0.4);
    assertThat(p.get("device").get("referenceStd").asDouble()).isEqualTo(0.4);
    assertThat(p.get("lr").asDouble()).isEqualTo(0.5); // FCN: the digital twin's lr for every method
    assertThat(p.get("hyperparameterOverrides").get("in_chop_prob").asText()).isEqualTo("0.1");
    assertThat(p.get("hyperparameters").get("inChopProb").asDouble()).isEqualTo(0.1);
    assertThat(j.get("pulses").get("training").asLong()).isPositive();
    assertThat(j.get("epochs").get(0).get("pulses").asLong()).isEqualTo(j.get("pulses").get("training").asLong());
  }

  /**
   * The per-tile counts: AIHWKit's mapping puts fc1 on two 256 x 392 tiles; every tile's fast and
   * slow pulses add up to its pulses and all tiles to the run's; one column transfer per
   * mini-batch (2 batches); E-RIDER's slow tiles are not written during the warm-up.
   */
  @Test
  void perTileCountsShowTheSplitLayerAndWherePulsesWent() throws Exception {
    Run r = run("--algorithm", "erider", "--train-size", "20", "--epochs", "1", "--ref-mean", "0.4",
        "--ref-std", "0.4");
    assertThat(r.failure()).isNull();
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode tiles = j.get("tiles");
    assertThat(tiles).extracting(t -> t.get("name").asText())
        .containsExactly("fc1[0,0]", "fc1[0,1]", "fc2", "fc3");
    assertThat(tiles.get(1).get("cols").asInt()).isEqualTo(392);
    long sum = 0;
    for (JsonNode t : tiles) {
      assertThat(t.get("fastTilePulses").asLong() + t.get("slowTilePulses").asLong())
          .isEqualTo(t.get("pulses").asLong());
      assertThat(t.get("transfers").asLong()).isEqualTo(2);
      assertThat(t.get("slowTilePulses").asLong()).isZero();
      sum += t.get("pulses").asLong();
    }
    assertThat(sum).isEqualTo(j.get("pulses").get("training").asLong()).isPositive();
  }

  @Test
  void singleTileMappingPutsEachLayerOnOneTileWithTheBiasColumn() throws Exception {
    Run r = run("--algorithm", "cttv2", "--train-size", "10", "--epochs", "1", "--tile-mapping",
        "single-tile");
    assertThat(r.failure()).isNull();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("parameters").get("tileMapping").asText()).isEqualTo("single-tile");
    assertThat(j.get("tiles")).extracting(t -> t.get("name").asText() + ":" + t.get("cols").asInt())
        .containsExactly("fc1:785", "fc2:257", "fc3:129");
    assertThat(run("--tile-mapping", "diagonal").failure().getMessage()).contains("--tile-mapping")
        .contains("single-tile");
  }

  @Test
  void lenet5TrainsWithEveryAlgorithmAtThePapersBatch() throws Exception {
    for (Algorithm alg : Algorithm.values()) {
      String a = alg.cliName();
      Run r = run("--model", "lenet5", "--algorithm", a, "--train-size", "16", "--test-size", "16",
          "--epochs", "1", "--ref-mean", "0.4", "--ref-std", "0.4");
      assertThat(r.failure()).as(a).isNull();
      JsonNode j = new ObjectMapper().readTree(r.out());
      // a run that diverged says so in its record and exits with status 3, any other with 0
      assertThat(r.code()).as(a).isEqualTo(j.get("final").get("diverged").asBoolean() ? 3 : 0);
      assertThat(j.get("parameters").get("model").asText()).isEqualTo("lenet5");
      assertThat(j.get("parameters").get("batch").asInt()).isEqualTo(8);
      // stated with Table 3: TT-v2 0.005, the others 0.05 (digital twin 0.05 too)
      assertThat(j.get("parameters").get("lr").asDouble()).as(a)
          .isEqualTo(a.equals("ttv2") ? 0.005 : 0.05);
      assertThat(j.get("final").get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
      if (!a.equals("digital")) {
        assertThat(j.get("pulses").get("training").asLong()).as(a).isPositive();
      }
    }
  }

  @Test
  void badChoicesAreNamed() {
    assertThat(run("--model", "resnet").failure().getMessage()).contains("--model").contains("lenet5");
    assertThat(run("--algorithm", "adam").failure().getMessage()).contains("--algorithm").contains("agad");
    assertThat(run("--preset", "nope").failure().getMessage()).contains("reram-array-hfo2");
    assertThat(run("--hp", "fast_lr=0.1").failure().getMessage()).contains("--hp");
    assertThat(run("--algorithm", "ttv2", "--hp", "no_such_knob=1").failure().getMessage()).contains("no_such_knob");
    assertThat(run("--train-size", "0").failure().getMessage()).contains("n must be");
  }
}
