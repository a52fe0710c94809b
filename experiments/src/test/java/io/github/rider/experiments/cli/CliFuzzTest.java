package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line with inputs that are invalid by construction: random
 * invalid parameter values, corrupted IDX data folders, corrupted JSON device specs and
 * corrupted stored cells. Every case must end with exit status 2, exactly one line on standard
 * error, and no output file left behind. The seed is fixed (override with -Drider.fuzz.seed=N)
 * and the case count bounded, so the test is deterministic and takes a few seconds.
 */
class CliFuzzTest {

  private static final long SEED = Long.getLong("rider.fuzz.seed", 17L);
  private static final int CASES_PER_KIND = 15;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] IDX = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
      "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};

  @TempDir static Path shared;
  private static Path rawData;
  private static Path sweep;

  @BeforeAll
  static void prepare() throws IOException {
    rawData = Files.createDirectories(shared.resolve("raw"));
    for (String name : IDX) {
      try (InputStream in = new GZIPInputStream(
          CliFuzzTest.class.getResourceAsStream("/mnist/" + name + ".gz"))) {
        Files.copy(in, rawData.resolve(name));
      }
    }
    sweep = shared.resolve("sweep");
    CliRunner r = CliRunner.run("fig1a", "--size", "4", "--out", sweep.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Files.delete(sweep.resolve("fig1a").resolve("results.csv"));
    Files.delete(sweep.resolve("fig1a").resolve("results.json"));
  }

  /** One option with values it must refuse, on a command line that is valid without it. */
  private record Invalid(List<String> command, String option, List<String> values) {}

  private static final List<String> POSITIVE_REAL =
      List.of("0", "-1", "-0", "NaN", "Infinity", "-Infinity", "abc", "", "1e400", "0x");
  private static final List<String> POSITIVE_INT =
      List.of("0", "-1", "-2147483648", "abc", "", "1.5", "99999999999");

  private static final List<Invalid> OPTIONS = List.of(
      new Invalid(List.of("train-mnist", "--epochs", "1", "--train-size", "10"), "--lr", POSITIVE_REAL),
      new Invalid(List.of("train-mnist", "--train-size", "10"), "--epochs", POSITIVE_INT),
      new Invalid(List.of("train-mnist", "--epochs", "1"), "--train-size", POSITIVE_INT),
      new Invalid(List.of("train-mnist", "--epochs", "1", "--train-size", "10"), "--batch", POSITIVE_INT),
      new Invalid(List.of("train-synthetic", "--iters", "10"), "--dim", POSITIVE_INT),
      new Invalid(List.of("train-synthetic", "--iters", "10"), "--lr", POSITIVE_REAL),
      new Invalid(List.of("train-synthetic", "--iters", "10"), "--dw-min", POSITIVE_REAL),
      new Invalid(List.of("pulse-response", "--device", "soft-bounds"), "--dw-min", POSITIVE_REAL),
      new Invalid(List.of("pulse-response", "--device", "linear"), "--tau-max", POSITIVE_REAL),
      new Invalid(List.of("pulse-response", "--device", "exponential"), "--gamma-res",
          List.of("0", "-1", "NaN", "abc", "710", "1e300")),
      new Invalid(List.of("pulse-response", "--device", "linear"), "--pulses",
          List.of("", "+0", "abc", "-2147483648", "+2147483648", "+2147483647,+1", "+1,,+1",
              "+2000000000")));

  @Test
  void invalidParametersAreOneLineAndLeaveNoOutput(@TempDir Path tmp) {
    SplittableRandom rng = new SplittableRandom(SEED);
    for (int c = 0; c < CASES_PER_KIND; c++) {
      Invalid inv = OPTIONS.get(rng.nextInt(OPTIONS.size()));
      String value = inv.values().get(rng.nextInt(inv.values().size()));
      Path out = tmp.resolve("case" + c + ".out");
      List<String> args = new ArrayList<>(inv.command());
      args.add(inv.option() + "=" + value);
      args.add("--out");
      args.add(out.toString());
      expectRefused(args, out, "seed " + SEED + " case " + c);
    }
  }

  @Test
  void corruptedIdxDataIsOneLineAndLeavesNoOutput(@TempDir Path tmp) throws IOException {
    SplittableRandom rng = new SplittableRandom(SEED + 1);
    for (int c = 0; c < CASES_PER_KIND; c++) {
      Path dir = Files.createDirectories(tmp.resolve("data" + c));
      int victim = rng.nextInt(IDX.length);
      for (int k = 0; k < IDX.length; k++) {
        if (k != victim) {
          Files.createLink(dir.resolve(IDX[k]), rawData.resolve(IDX[k]));
        }
      }
      byte[] b = Files.readAllBytes(rawData.resolve(IDX[victim]));
      String how;
      switch (rng.nextInt(3)) {
        case 0 -> {
          int len = rng.nextInt(b.length);
          b = java.util.Arrays.copyOf(b, len);
          how = "truncated to " + len + " bytes";
        }
        case 1 -> {
          int at = rng.nextInt(4);
          b[at] = (byte) (b[at] + 1 + rng.nextInt(255));
          how = "magic byte " + at + " changed";
        }
        default -> {
          if (IDX[victim].contains("labels")) {
            int at = 8 + rng.nextInt(b.length - 8);
            b[at] = (byte) (10 + rng.nextInt(246));
            how = "label byte " + at + " out of range";
          } else {
            b = java.util.Arrays.copyOf(b, b.length - 1 - rng.nextInt(784));
            how = "last image cut";
          }
        }
      }
      Files.write(dir.resolve(IDX[victim]), b);
      Path out = tmp.resolve("case" + c + ".json");
      expectRefused(List.of("train-mnist", "--data", dir.toString(), "--epochs", "1",
          "--train-size", "10", "--test-size", "10", "--out", out.toString()), out,
          "seed " + (SEED + 1) + " case " + c + ": " + IDX[victim] + " " + how);
    }
  }

  @Test
  void corruptedDeviceSpecsAreOneLine(@TempDir Path tmp) throws IOException {
    SplittableRandom rng = new SplittableRandom(SEED + 2);
    List<String> presets = DevicePresets.names();
    for (int c = 0; c < CASES_PER_KIND; c++) {
      String valid = DeviceSpecJson.toJson(DevicePresets.get(presets.get(rng.nextInt(presets.size()))))
          .strip();
      ObjectNode tree = (ObjectNode) JSON.readTree(valid);
      String bad = switch (rng.nextInt(5)) {
        case 0 -> valid.substring(0, 1 + rng.nextInt(valid.length() - 1));
        case 1 -> valid + List.of("x", "{}", ",", "]", valid).get(rng.nextInt(5));
        case 2 -> "{\"dwMin\":0.5," + valid.substring(1);
        case 3 -> tree.put(randomField(tree, rng), "text").toString();
        default -> tree.put("family", "no-such-family").toString();
      };
      Path spec = Files.writeString(tmp.resolve("spec" + c + ".json"), bad);
      expectRefused(List.of("verify-device", "--spec", spec.toString(), "--replicas", "2"), null,
          "seed " + (SEED + 2) + " case " + c + ": " + bad);
    }
  }

  @Test
  void corruptedCellsAreOneLineAndLeaveNoResults(@TempDir Path tmp) throws IOException {
    SplittableRandom rng = new SplittableRandom(SEED + 3);
    for (int c = 0; c < CASES_PER_KIND; c++) {
      Path out = tmp.resolve("out" + c);
      ReliabilityTest.copy(sweep, out);
      List<Path> cells;
      try (Stream<Path> s = Files.list(out.resolve("fig1a").resolve("cells"))) {
        cells = s.sorted().toList();
      }
      Path victim = cells.get(rng.nextInt(cells.size()));
      String text = Files.readString(victim);
      ObjectNode cell = (ObjectNode) JSON.readTree(text);
      ArrayNode rows = (ArrayNode) cell.get("rows");
      ObjectNode row = (ObjectNode) rows.get(rng.nextInt(rows.size()));
      String bad = switch (rng.nextInt(8)) {
        case 0 -> text.substring(0, rng.nextInt(text.strip().length()));
        case 1 -> {
          row.put(randomField(row, rng), "x");
          yield cell.toString();
        }
        case 2 -> {
          rows.remove(rng.nextInt(rows.size()));
          yield cell.toString();
        }
        case 3 -> Files.readString(cells.get((cells.indexOf(victim) + 1) % cells.size()));
        case 4 -> cell.put("cell", "c" + rng.nextInt(1000)).toString();
        case 5 -> {
          ((ObjectNode) cell.get("params")).put("variant", "x" + rng.nextInt(1000));
          yield cell.toString();
        }
        case 6 -> cell.put("extra", 1).toString();
        default -> cell.put("rowsSha256", "0".repeat(64)).toString();
      };
      Files.writeString(victim, bad);
      expectRefused(List.of("merge", "--out", out.toString()),
          out.resolve("fig1a").resolve("results.csv"),
          "seed " + (SEED + 3) + " case " + c + ": " + victim.getFileName());
    }
  }

  private static String randomField(JsonNode object, SplittableRandom rng) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    names.remove("family");
    return names.get(rng.nextInt(names.size()));
  }

  private static void expectRefused(List<String> args, Path output, String what) {
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(what + "\n" + args + "\n" + r.err()).isEqualTo(ExitCodes.USER);
    assertThat(r.err().strip().lines()).as(what + "\n" + r.err()).hasSize(1);
    assertThat(r.err()).as(what).startsWith("rider: ").doesNotContain("\tat ");
    if (output != null) {
      assertThat(output).as(what).doesNotExist();
    }
  }
}
