package io.github.rider.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepResumeTest {

  private static final int CELLS = 7;

  /** The results.csv of the counting sweep in {@code out}. */
  static String csv(Path out) throws Exception {
    return Files.readString(out.resolve("counting").resolve(SweepRunner.RESULTS_CSV));
  }

  @Test
  void resumeAfterAnInterruptionLosesNothingAndRepeatsNothing(@TempDir Path tmp) throws Exception {
    Path clean = tmp.resolve("clean");
    SweepRunner.run(new CountingExperiment(CELLS), ExperimentContext.of(clean, Scale.QUICK, 5));

    Path out = tmp.resolve("interrupted");
    CountingExperiment e = new CountingExperiment(CELLS);
    e.failAt.set(4);
    ExperimentContext ctx = ExperimentContext.of(out, Scale.QUICK, 5);
    assertThatThrownBy(() -> SweepRunner.run(e, ctx)).hasMessageContaining("interrupted at cell 4");
    assertThat(out.resolve("counting").resolve(SweepRunner.RESULTS_CSV)).doesNotExist();
    try (Stream<Path> s = Files.list(out.resolve("counting").resolve(SweepRunner.CELLS))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("c0.json", "c1.json", "c2.json", "c3.json"); // no temporary files
    }

    e.failAt.set(-1);
    SweepRunner.Status st = SweepRunner.run(e, ctx.withResume(true));
    assertThat(st.computed()).isEqualTo(3);
    assertThat(st.skipped()).isEqualTo(4);
    assertThat(st.complete()).isTrue();
    assertThat(e.runs).containsOnly(1); // every cell exactly once over both runs
    assertThat(csv(out)).isEqualTo(csv(clean)).hasLineCount(CELLS + 1);
  }

  @Test
  void withoutResumeTheOwnedCellsAreRecomputed(@TempDir Path out) throws Exception {
    CountingExperiment e = new CountingExperiment(3);
    ExperimentContext ctx = ExperimentContext.of(out, Scale.QUICK, 5);
    SweepRunner.run(e, ctx);
    SweepRunner.run(e, ctx);
    assertThat(e.runs).containsOnly(2); // the mutation "always skip" would leave 1
  }

  @Test
  void resumingWithAnotherSeedIsRefused(@TempDir Path out) throws Exception {
    SweepRunner.run(new CountingExperiment(3), ExperimentContext.of(out, Scale.QUICK, 5));
    ExperimentContext other = ExperimentContext.of(out, Scale.QUICK, 6).withResume(true);
    assertThatThrownBy(() -> SweepRunner.run(new CountingExperiment(3), other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--resume");
  }

  @Test
  void resumingCellsStoredWithAnotherRowsVersionIsRefused(@TempDir Path out) throws Exception {
    ExperimentContext ctx = ExperimentContext.of(out, Scale.QUICK, 5);
    SweepRunner.run(new CountingExperiment(3), ctx);
    CountingExperiment same = new CountingExperiment(3);
    assertThat(SweepRunner.run(same, ctx.withResume(true)).skipped()).isEqualTo(3);
    assertThat(Files.readString(out.resolve("counting").resolve(SweepRunner.SWEEP)))
        .doesNotContain("rowsVersion"); // version 1 reads the sweeps stored before it existed
    CountingExperiment newColumns = new CountingExperiment(3);
    newColumns.rowsVersion = 2;
    assertThatThrownBy(() -> SweepRunner.run(newColumns, ctx.withResume(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows version");
    assertThat(newColumns.runs).containsOnly(0);
    SweepRunner.Status recomputed = SweepRunner.run(newColumns, ctx.withForce(true));
    assertThat(recomputed.computed()).isEqualTo(3);
    SweepRunner.Status resumed = SweepRunner.run(newColumns, ctx.withResume(true));
    assertThat(resumed.skipped()).isEqualTo(3);
  }

  @Test
  void shardsPartitionTheSweepAndTogetherEqualOneRun(@TempDir Path tmp) throws Exception {
    Path whole = tmp.resolve("whole");
    SweepRunner.run(new CountingExperiment(CELLS), ExperimentContext.of(whole, Scale.QUICK, 9));
    Path shared = tmp.resolve("shared");
    CountingExperiment e = new CountingExperiment(CELLS);
    for (int i = 1; i <= 3; i++) {
      SweepRunner.Status st = SweepRunner.run(e,
          ExperimentContext.of(shared, Scale.QUICK, 9).withShard(new Shard(i, 3)));
      assertThat(st.complete()).isEqualTo(i == 3);
    }
    assertThat(e.runs).containsOnly(1);
    assertThat(csv(shared)).isEqualTo(csv(whole));
  }
}
