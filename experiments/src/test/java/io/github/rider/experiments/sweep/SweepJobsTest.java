package io.github.rider.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells computed at once (jobs &gt; 1) give exactly what one after another gives. */
class SweepJobsTest {

  private static final int CELLS = 7;

  private static JsonNode rows(Path out, String experiment, int cell) throws Exception {
    return JsonFiles.read(out.resolve(experiment).resolve(SweepRunner.CELLS)
        .resolve("c" + cell + ".json")).path("rows");
  }

  @Test
  void jobsGiveTheCellsAndResultsOfOneAfterAnother(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    SweepRunner.run(new CountingExperiment(CELLS), ExperimentContext.of(one, Scale.QUICK, 11));
    Path three = tmp.resolve("three");
    CountingExperiment e = new CountingExperiment(CELLS);
    SweepRunner.Status st = SweepRunner.run(e,
        ExperimentContext.of(three, Scale.QUICK, 11).withJobs(3));
    assertThat(st.computed()).isEqualTo(CELLS);
    assertThat(st.complete()).isTrue();
    assertThat(e.runs).containsOnly(1);
    for (int i = 0; i < CELLS; i++) {
      assertThat(rows(three, "counting", i)).isEqualTo(rows(one, "counting", i));
    }
    assertThat(SweepResumeTest.csv(three)).isEqualTo(SweepResumeTest.csv(one));
  }

  /**
   * Every cell waits until two cells are running: this finishes only if the cells run at once (one
   * after another, the first cell's wait times out and the run fails).
   */
  @Test
  void twoJobsRunTwoCellsAtOnce(@TempDir Path out) throws Exception {
    CyclicBarrier two = new CyclicBarrier(2);
    Experiment<?> e = new CountingExperiment(4) {
      @Override
      public List<Row> run(Cell<Index> cell, RandomStreams streams, Parallelism parallelism,
          Progress.Task progress) {
        try {
          two.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException x) {
          throw new IllegalStateException("cell " + cell.id() + " ran alone", x);
        }
        return super.run(cell, streams, parallelism, progress);
      }
    };
    SweepRunner.Status st =
        SweepRunner.run(e, ExperimentContext.of(out, Scale.QUICK, 3).withJobs(2));
    assertThat(st.complete()).isTrue();
  }

  @Test
  void aFailingCellIsThrownAndResumeCompletesTheSweepWithEveryCellOnce(@TempDir Path tmp)
      throws Exception {
    Path clean = tmp.resolve("clean");
    SweepRunner.run(new CountingExperiment(CELLS), ExperimentContext.of(clean, Scale.QUICK, 5));
    Path out = tmp.resolve("failed");
    CountingExperiment e = new CountingExperiment(CELLS);
    e.failAt.set(2);
    ExperimentContext ctx = ExperimentContext.of(out, Scale.QUICK, 5).withJobs(3);
    assertThatThrownBy(() -> SweepRunner.run(e, ctx)).hasMessageContaining("interrupted at cell 2");
    assertThat(out.resolve("counting").resolve(SweepRunner.RESULTS_CSV)).doesNotExist();
    assertThat(e.runs[2]).isZero();

    e.failAt.set(-1);
    SweepRunner.Status st = SweepRunner.run(e, ctx.withResume(true));
    assertThat(st.complete()).isTrue();
    assertThat(st.computed() + st.skipped()).isEqualTo(CELLS);
    assertThat(e.runs).containsOnly(1); // nothing of the failed call ran on, nothing stored twice
    assertThat(SweepResumeTest.csv(out)).isEqualTo(SweepResumeTest.csv(clean));
  }

  /**
   * Cell 0 fails while cell 1 is still running: the call returns (throwing cell 0's failure) only
   * after cell 1 has ended and stored its result, so nothing of it runs on afterwards.
   */
  @Test
  void aFailureIsThrownOnlyAfterTheRunningCellsEnded(@TempDir Path out) throws Exception {
    CyclicBarrier both = new CyclicBarrier(2);
    AtomicBoolean slowDone = new AtomicBoolean();
    Experiment<?> e = new CountingExperiment(2) {
      @Override
      public List<Row> run(Cell<Index> cell, RandomStreams streams, Parallelism parallelism,
          Progress.Task progress) {
        try {
          both.await(20, TimeUnit.SECONDS);
          if (cell.id().equals("c0")) {
            throw new IllegalStateException("cell 0 failed");
          }
          Thread.sleep(300);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException x) {
          throw new IllegalStateException(x);
        }
        slowDone.set(true);
        return super.run(cell, streams, parallelism, progress);
      }
    };
    assertThatThrownBy(() -> SweepRunner.run(e,
        ExperimentContext.of(out, Scale.QUICK, 3).withJobs(2))).hasMessageContaining("cell 0");
    assertThat(slowDone).isTrue();
    assertThat(out.resolve("counting").resolve(SweepRunner.CELLS).resolve("c1.json")).exists();
  }

  @Test
  void jobsMustBePositive(@TempDir Path out) {
    assertThatThrownBy(() -> ExperimentContext.of(out, Scale.QUICK, 1).withJobs(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobs");
  }
}
