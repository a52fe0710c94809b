package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PulseResponseCommandTest {

  /**
   * SoftBounds, dw_min 0.01, up_down 0.2 (AIHWKit one-sided: up step 0.01, down step 0.008),
   * bounds +-1, from 0: up pulses follow w += 0.01 (1 - w), down pulses w -= 0.008 (1 + w). The
   * values below are that recursion evaluated by hand; the CSV must carry them to 1e-15.
   */
  @Test
  void softBoundsTraceFollowsTheAihwkitRecursion() {
    CliRunner r = CliRunner.run("pulse-response", "--device", "soft-bounds", "--dw-min", "0.01",
        "--up-down", "0.2", "--w-max", "1", "--w-min", "-1", "--pulses", "+3,-2");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("pulse,direction,weight");
    assertThat(lines).hasSize(6);
    double[] expected = new double[5];
    double w = 0;
    for (int k = 0; k < 5; k++) {
      w = k < 3 ? w + 0.01 * (1 - w) : w - 0.008 * (1 + w);
      expected[k] = w;
    }
    for (int k = 0; k < 5; k++) {
      String[] f = lines.get(k + 1).split(",");
      assertThat(Integer.parseInt(f[0])).isEqualTo(k + 1);
      assertThat(Integer.parseInt(f[1])).isEqualTo(k < 3 ? 1 : -1);
      assertThat(Double.parseDouble(f[2])).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(1e-15));
    }
    assertThat(expected[1]).isEqualTo(0.0199, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void writesCsvAndPngFiles(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("trace.csv");
    Path png = dir.resolve("trace.png");
    CliRunner r = CliRunner.run("pulse-response", "--preset", "reram-array-hfo2", "--pulses", "+4,-4",
        "--out", csv.toString(), "--plot", png.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(9);
    assertThat(Files.size(png)).isGreaterThan(1000);
  }

  @Test
  void parameterThatTheFamilyLacksExitsTwoNamingIt() {
    CliRunner r = CliRunner.run("pulse-response", "--device", "linear", "--w-max", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--w-max").contains("linear").contains("--tau-max");
  }

  @Test
  void invalidParameterValueExitsTwoNamingIt() {
    CliRunner r = CliRunner.run("pulse-response", "--device", "soft-bounds", "--dw-min", "-0.1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("dwMin");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void unknownFamilyAndMissingDeviceExitTwo() {
    assertThat(CliRunner.run("pulse-response", "--device", "memristor").exitCode()).isEqualTo(2);
    CliRunner none = CliRunner.run("pulse-response");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--device").contains("--preset");
  }
}
