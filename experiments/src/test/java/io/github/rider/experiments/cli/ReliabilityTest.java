package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.experiments.sweep.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way of misusing or breaking the command line gives a clear outcome: a correct result, or
 * exit status 2 with one line naming the problem (or 3 for a diverged run). One test per kind of
 * failure: stored cells, non-finite output, divergence, ordinary mistakes, outputs checked first,
 * nonsense parameters, and file modes / locale / replacing results.
 */
class ReliabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exit status 2, exactly one line on stderr starting "rider: ", no stack trace. */
  static void assertOneLineUserError(CliRunner r, String... mentions) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USER);
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("rider: ").doesNotContain("\tat ").doesNotContain("Exception");
    for (String m : mentions) {
      assertThat(r.err()).contains(m);
    }
  }

  private static List<Path> cellFiles(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("fig1a").resolve("cells"))) {
      return s.sorted().toList();
    }
  }

  /** Item 1: a stored cell that fails its checks is recomputed on resume, refused by merge. */
  @Test
  void invalidStoredCellsAreRecomputedOnResumeAndRefusedByMerge(@TempDir Path tmp)
      throws IOException {
    Path fresh = tmp.resolve("fresh");
    assertThat(CliRunner.run("fig1a", "--size", "4", "--out", fresh.toString()).exitCode()).isZero();
    String csv = Files.readString(fresh.resolve("fig1a").resolve("results.csv"));
    List<Path> cells = cellFiles(fresh);
    String other = Files.readString(cells.get(1));
    String valid = Files.readString(cells.get(0));
    ObjectNode stringValue = (ObjectNode) JSON.readTree(valid);
    ((ObjectNode) stringValue.get("rows").get(0)).put(
        stringValue.get("rows").get(0).fieldNames().next(), "not a number");
    ObjectNode wrongId = (ObjectNode) JSON.readTree(valid);
    wrongId.put("cell", "renamed");
    List<String> corruptions = List.of("", "{}", valid.replaceFirst("\"rows\" : \\[", "\"rows\" : [ ]x"),
        valid.substring(0, valid.length() / 2), other, stringValue.toString(), wrongId.toString(),
        valid.replace("\"rows\"", "\"rows\" : [], \"rows2\""));
    for (int k = 0; k < corruptions.size(); k++) {
      Path out = tmp.resolve("c" + k);
      copy(fresh, out);
      Path cell = cellFiles(out).get(0);
      Files.writeString(cell, corruptions.get(k));
      Files.delete(out.resolve("fig1a").resolve("results.csv"));

      CliRunner merge = CliRunner.run("merge", "--out", out.toString());
      assertOneLineUserError(merge, cell.getFileName().toString());
      assertThat(out.resolve("fig1a").resolve("results.csv")).as("case %d", k).doesNotExist();

      CliRunner resume = CliRunner.run("fig1a", "--size", "4", "--resume", "--out", out.toString());
      assertThat(resume.exitCode()).as(resume.err()).isZero();
      assertThat(resume.err().strip().lines()).hasSize(1);
      assertThat(resume.err()).startsWith("rider: warning: stored cell")
          .contains(cell.getFileName().toString()).contains("recomputing");
      assertThat(resume.out()).contains("1 of ");
      assertThat(Files.readString(out.resolve("fig1a").resolve("results.csv"))).as("case %d", k)
          .isEqualTo(csv);
    }
  }

  /** Item 2: an exponential rate whose e^(2 gamma) overflows is refused, naming gammaRes. */
  @Test
  void exponentialOverflowIsRefusedNamingTheParameter() {
    CliRunner r = CliRunner.run("pulse-response", "--device", "exponential", "--gamma-res", "710",
        "--pulses", "+3");
    assertOneLineUserError(r, "gammaRes", "Definition 2.1");
    assertThat(r.out()).isEmpty();
  }

  /** Item 3: runs whose loss explodes or whose weights end pinned report divergence, exit 3. */
  @Test
  void divergenceIsReportedWithReasonEpochAndExitThree(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("m.json");
    CliRunner r = CliRunner.run("train-mnist", "--epochs", "1", "--train-size", "200",
        "--test-size", "100", "--lr", "1e9", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DIVERGED);
    JsonNode fin = JSON.readTree(out.toFile()).get("final");
    assertThat(fin.get("diverged").asBoolean()).isTrue();
    assertThat(fin.get("divergence").asText()).contains("exploding training loss");
    assertThat(fin.get("divergedEpoch").asInt()).isEqualTo(1);
    assertThat(r.err()).startsWith("rider: training diverged: ");

    Path s = tmp.resolve("s.json");
    CliRunner syn = CliRunner.run("train-synthetic", "--algorithm", "analog-sgd", "--lr", "1e9",
        "--iters", "2000", "--out", s.toString());
    assertThat(syn.exitCode()).as(syn.err()).isEqualTo(ExitCodes.DIVERGED);
    JsonNode j = JSON.readTree(s.toFile());
    assertThat(j.get("diverged").asBoolean()).isTrue();
    assertThat(j.get("divergence").asText()).contains("pinned at the bounds");
  }

  /** Item 3, the other side: the defaults of both commands do not diverge. */
  @Test
  void defaultRunsAreNotFlagged() {
    CliRunner m = CliRunner.run("train-mnist", "--epochs", "1", "--train-size", "500",
        "--test-size", "200");
    assertThat(m.exitCode()).as(m.err()).isZero();
    CliRunner s = CliRunner.run("train-synthetic", "--iters", "2000");
    assertThat(s.exitCode()).as(s.err()).isZero();
  }

  /** Item 4: ordinary mistakes are one line and exit 2, naming the file or option. */
  @Test
  void ordinaryMistakesAreOneLine(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    assertOneLineUserError(CliRunner.run("train-mnist", "--data", tmp.resolve("none").toString()),
        "none");
    copyBundled(data);
    Files.delete(data.resolve("t10k-labels-idx1-ubyte.gz"));
    assertOneLineUserError(CliRunner.run("train-mnist", "--data", data.toString()),
        "t10k-labels-idx1-ubyte");
    copyBundled(data);
    Path gz = data.resolve("train-images-idx3-ubyte.gz");
    byte[] bytes = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertOneLineUserError(CliRunner.run("train-mnist", "--data", data.toString()),
        "train-images-idx3-ubyte.gz");
    for (int k = 100; k < 120; k++) {
      bytes[k] ^= (byte) 0x5a;
    }
    Files.write(gz, bytes);
    assertOneLineUserError(CliRunner.run("train-mnist", "--data", data.toString()),
        "train-images-idx3-ubyte.gz");

    assertOneLineUserError(CliRunner.run("train-mnist", "--out",
        tmp.resolve("missing").resolve("m.json").toString()), "--out", "missing");
    assertOneLineUserError(CliRunner.run("fig1a", "--size", "4", "--out",
        Files.writeString(tmp.resolve("file"), "x").toString()), "--out", "is a file");

    assertOneLineUserError(CliRunner.run("verify-device", "--spec", tmp.toString()), "--spec");
    assertOneLineUserError(CliRunner.run("verify-device", "--spec", ""), "--spec");
    Path binary = Files.write(tmp.resolve("binary.json"), new byte[] {0, (byte) 0xff, 3, (byte) 0xc3});
    assertOneLineUserError(CliRunner.run("verify-device", "--spec", binary.toString()), "--spec");
    Path utf16 = Files.write(tmp.resolve("utf16.json"),
        "{\"family\":\"linear\"}".getBytes(StandardCharsets.UTF_16));
    assertOneLineUserError(CliRunner.run("verify-device", "--spec", utf16.toString()), "--spec");
    Path latin1 = Files.write(tmp.resolve("latin1.json"),
        "{\"family\":\"linéar\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertOneLineUserError(CliRunner.run("verify-device", "--spec", latin1.toString()), "--spec");
    Path tiny = Files.writeString(tmp.resolve("tiny.json"),
        "{\"family\":\"linear\",\"dwMin\":4.9e-324}");
    assertOneLineUserError(CliRunner.run("verify-device", "--spec", tiny.toString()), "dwMin");

    Path out = tmp.resolve("sweep");
    CliRunner.run("fig1a", "--size", "4", "--out", out.toString());
    Path cell = cellFiles(out).get(0);
    Files.writeString(cell, "{\"cell\": \"");
    Files.delete(out.resolve("fig1a").resolve("results.csv"));
    assertOneLineUserError(CliRunner.run("merge", "--out", out.toString()),
        cell.getFileName().toString());

    assertOneLineUserError(CliRunner.run("train-synthetic", "--dim", "100000000"), "--dim");
    assertOneLineUserError(CliRunner.run("fig1a", "--size", "100000", "--out",
        tmp.resolve("big").toString()), "--size");
    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "ald", "--pulses",
        "+2000000000"), "--pulses");
    assertThat(tmp.resolve("big")).doesNotExist();
  }

  /** Item 5: outputs are checked before the work starts. */
  @Test
  void outputsAreCheckedBeforeTraining(@TempDir Path tmp) {
    long t0 = System.nanoTime();
    CliRunner r = CliRunner.run("train-mnist", "--epochs", "50", "--out", tmp.toString());
    assertOneLineUserError(r, "--out", "folder");
    assertThat((System.nanoTime() - t0) / 1e9).as("refused before 50 epochs of training")
        .isLessThan(30);
  }

  /** Item 7: parameters that break Definition 2.1, overflowing counts and bad JSON are refused. */
  @Test
  void nonsenseParametersAreRefused(@TempDir Path tmp) throws IOException {
    assertOneLineUserError(CliRunner.run("pulse-response", "--preset", "capacitor", "--gamma-up",
        "1e6"), "gammaUp");
    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "piecewise-step",
        "--piecewise-up", "-1"), "piecewiseUp");
    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "linear", "--tau-min",
        "1e-320"), "tauMin");
    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "linear",
        "--pulses=-2147483648"), "-2147483648");
    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "linear",
        "--pulses=+2147483647,+1"), "pulses in all");
    for (String bad : List.of("{\"family\":\"linear\"} x", "{\"family\":\"linear\"}{\"family\":\"linear\"}",
        "{\"family\":\"linear\",\"dwMin\":0.1,\"dwMin\":0.2}")) {
      Path spec = Files.writeString(tmp.resolve("spec.json"), bad);
      assertOneLineUserError(CliRunner.run("verify-device", "--spec", spec.toString()), "--spec");
    }
  }

  /** Item 8: umask modes, root locale, no silent deletion, --plot names. */
  @Test
  void resultsKeepUmaskLocaleAndOtherRuns(@TempDir Path tmp) throws IOException {
    Path reference = Files.createFile(tmp.resolve("reference"));
    Path written = tmp.resolve("written.json");
    JsonFiles.writeAtomically(written, "{}\n");
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(reference);
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(mode);

    Path out = tmp.resolve("out");
    assertThat(CliRunner.run("fig1a", "--size", "4", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(out.resolve("fig1a").resolve("results.csv")))
        .isEqualTo(mode);
    String before = Files.readString(out.resolve("fig1a").resolve("results.csv"));
    assertOneLineUserError(CliRunner.run("fig1a", "--size", "4", "--seed", "2", "--out",
        out.toString()), "--force", "--resume");
    assertThat(Files.readString(out.resolve("fig1a").resolve("results.csv"))).isEqualTo(before);
    assertThat(CliRunner.run("fig1a", "--size", "4", "--seed", "2", "--force", "--out",
        out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("fig1a").resolve("results.csv"))).isNotEqualTo(before);

    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      CliRunner r = CliRunner.run("fig1a", "--size", "4", "--out", tmp.resolve("de").toString());
      assertThat(r.out()).contains(" s)").doesNotContainPattern("\\d,\\d");
      CliRunner b = CliRunner.run("calibration-budget", "--device", "linear");
      assertThat(b.out()).doesNotContainPattern("\\d,\\d");
    } finally {
      Locale.setDefault(saved);
    }

    assertOneLineUserError(CliRunner.run("pulse-response", "--device", "linear", "--plot",
        tmp.resolve("x.txt").toString()), "--plot", ".png");
    assertThat(tmp.resolve("x.txt.png")).doesNotExist();
  }

  private static void copyBundled(Path dir) throws IOException {
    for (String name : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
      try (InputStream in = ReliabilityTest.class.getResourceAsStream("/mnist/" + name)) {
        Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
