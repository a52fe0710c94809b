package io.github.rider.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.experiments.fig1.Fig1bPulsesVsDwMin;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.Shard;
import io.github.rider.experiments.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {

  private static final Fig1bPulsesVsDwMin.Config TINY = new Fig1bPulsesVsDwMin.Config(
      "paper-fig1-soft-bounds", 16, 0.3, List.of(2e-2, 1e-2, 5e-3), 8_000, "cyclic", 0.01, 2);

  private static String csv(Path out) throws Exception {
    return Files.readString(out.resolve("fig1b").resolve(SweepRunner.RESULTS_CSV));
  }

  @Test
  void mergedShardsEqualAnUnshardedRun(@TempDir Path tmp) throws Exception {
    Path whole = tmp.resolve("whole");
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY), ExperimentContext.of(whole, Scale.QUICK, 8));
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SweepRunner.Status sa = SweepRunner.run(new Fig1bPulsesVsDwMin(TINY),
        ExperimentContext.of(a, Scale.QUICK, 8).withShard(new Shard(1, 2)));
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY),
        ExperimentContext.of(b, Scale.QUICK, 8).withShard(new Shard(2, 2)));
    assertThat(sa.computed()).isEqualTo(2);
    assertThat(a.resolve("fig1b").resolve(SweepRunner.RESULTS_CSV)).doesNotExist();

    Path merged = tmp.resolve("merged");
    List<SweepMerge.Merged> m = SweepMerge.merge(merged, List.of(a, b));
    assertThat(m).containsExactly(new SweepMerge.Merged("fig1b", 3, 3, true));
    assertThat(csv(merged)).isEqualTo(csv(whole));
    assertThat(merged.resolve("report.md")).isNotEmptyFile();
    assertThat(merged.resolve("fig1b").resolve("pulses-vs-dwmin.png")).isNotEmptyFile();
  }

  @Test
  void mergingOneShardAloneLeavesTheExperimentIncomplete(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY),
        ExperimentContext.of(a, Scale.QUICK, 8).withShard(new Shard(1, 2)));
    List<SweepMerge.Merged> m = SweepMerge.merge(tmp.resolve("merged"), List.of(a));
    assertThat(m).containsExactly(new SweepMerge.Merged("fig1b", 2, 3, false));
  }

  @Test
  void slicesOfDifferentSeedsAreNotMerged(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY),
        ExperimentContext.of(a, Scale.QUICK, 8).withShard(new Shard(1, 2)));
    SweepRunner.run(new Fig1bPulsesVsDwMin(TINY),
        ExperimentContext.of(b, Scale.QUICK, 9).withShard(new Shard(2, 2)));
    assertThatThrownBy(() -> SweepMerge.merge(tmp.resolve("merged"), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different seeds");
  }
}
