package io.github.rider.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The split of [0, n) into parts: every index once, part k = [n k / t, n (k + 1) / t). */
class ParallelismTest {

  @ParameterizedTest(name = "n {0}, {1} threads")
  @CsvSource({"1, 3", "2, 3", "37, 3", "53, 5", "1000, 2", "7, 7"})
  void partsCoverEveryIndexOnceInContiguousRanges(int n, int threads) {
    Parallelism p = Parallelism.ofThreads(threads).withMinWork(0);
    int t = p.parts(n);
    assertThat(t).isEqualTo(Math.min(threads, n));
    AtomicIntegerArray seen = new AtomicIntegerArray(n);
    p.forParts(n, t, (k, from, to) -> {
      assertThat(from).isEqualTo((int) ((long) n * k / t));
      assertThat(to).isEqualTo((int) ((long) n * (k + 1) / t));
      for (int i = from; i < to; i++) {
        seen.incrementAndGet(i);
      }
    });
    for (int i = 0; i < n; i++) {
      assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void serialRunsOnTheCallingThreadAndNeverSplits() {
    assertThat(Parallelism.SERIAL.splits(1000, Long.MAX_VALUE)).isFalse();
    Thread caller = Thread.currentThread();
    Parallelism.SERIAL.forRanges(10, (from, to) -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      assertThat(from).isZero();
      assertThat(to).isEqualTo(10);
    });
  }

  @Test
  void splitsOnlyFromTheMinimumWorkOn() {
    Parallelism p = Parallelism.ofThreads(2).withMinWork(100);
    assertThat(p.splits(10, 99)).isFalse();
    assertThat(p.splits(10, 100)).isTrue();
    assertThat(p.splits(1, 1000)).isFalse();
  }

  @Test
  void aFailedPartIsThrownAfterEveryPartHasFinished() {
    AtomicInteger finished = new AtomicInteger();
    Parallelism p = Parallelism.ofThreads(4).withMinWork(0);
    assertThatThrownBy(() -> p.forParts(8, 4, (k, from, to) -> {
      if (k == 2) {
        throw new ArithmeticException("part 2");
      }
      finished.incrementAndGet();
    })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("part 2");
    assertThat(finished.get()).isEqualTo(3);
  }

  @Test
  void workerThreadsAreDaemons() {
    Parallelism p = Parallelism.ofThreads(2).withMinWork(0);
    boolean[] daemon = new boolean[2];
    p.forParts(2, 2, (k, from, to) -> daemon[k] = Thread.currentThread().isDaemon());
    assertThat(daemon[1]).isTrue();
  }
}
