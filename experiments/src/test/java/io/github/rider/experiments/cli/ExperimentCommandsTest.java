package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandsTest {

  @Test
  void fig1aWritesResultsAndReport(@TempDir Path out) throws Exception {
    CliRunner r = CliRunner.run("fig1a", "--size", "6", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("fig1a: 2 of 2 cells computed").contains("report:");
    assertThat(out.resolve("fig1a").resolve("results.csv")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("report.md"))).contains("| fig1a.pulses-for-1pct |");
  }

  @Test
  void shardedRunsAreMergedByTheMergeCommand(@TempDir Path tmp) throws Exception {
    for (String s : new String[] {"1/2", "2/2"}) {
      CliRunner r = CliRunner.run("fig1a", "--size", "4", "--shard", s, "--out",
          tmp.resolve("s" + s.charAt(0)).toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("fig1a: 1 of 2 cells computed").contains("incomplete");
    }
    CliRunner m = CliRunner.run("merge", "--out", tmp.resolve("all").toString(),
        tmp.resolve("s1").toString(), tmp.resolve("s2").toString());
    assertThat(m.exitCode()).as(m.err()).isZero();
    assertThat(m.out()).contains("fig1a: 2 of 2 cells, results written");
  }

  @Test
  void resumeSkipsStoredCells(@TempDir Path out) {
    CliRunner.run("fig1a", "--size", "4", "--out", out.toString());
    CliRunner r = CliRunner.run("fig1a", "--size", "4", "--resume", "--out", out.toString());
    assertThat(r.out()).contains("fig1a: 0 of 2 cells computed, 2 resumed");
  }

  @Test
  void helpOfEveryExperimentCommandNamesItsOptions() {
    for (String c : new String[] {"fig1a", "fig1b", "rates", "reproduce"}) {
      CliRunner r = CliRunner.run(c, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("--out").contains("--shard").contains("--resume")
          .contains("--full").contains("--jobs");
    }
    assertThat(CliRunner.run("fig1b", "--help").out()).contains("relative error of 0.01");
  }

  @Test
  void jobsComputeTheSameResultsAsOneJob(@TempDir Path tmp) throws Exception {
    CliRunner one = CliRunner.run("fig1a", "--size", "6", "--out", tmp.resolve("one").toString());
    CliRunner two = CliRunner.run("fig1a", "--size", "6", "--jobs", "2", "--out",
        tmp.resolve("two").toString());
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(two.out()).contains("fig1a: 2 of 2 cells computed");
    assertThat(Files.readString(tmp.resolve("two").resolve("fig1a").resolve("results.csv")))
        .isEqualTo(Files.readString(tmp.resolve("one").resolve("fig1a").resolve("results.csv")));
  }

  @Test
  void badShardBadJobsAndBothScalesExitTwo() {
    CliRunner jobs = CliRunner.run("fig1a", "--jobs", "0");
    assertThat(jobs.exitCode()).isEqualTo(2);
    assertThat(jobs.err()).contains("--jobs must be >= 1");
    CliRunner bad = CliRunner.run("fig1b", "--shard", "3/2");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("shard index must be in [1, 2]");
    CliRunner both = CliRunner.run("reproduce", "--quick", "--full");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }
}
