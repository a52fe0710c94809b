package io.github.rider.device;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many threads rider's array and tile operations use: the tiles' matrix-vector products
 * ({@link io.github.rider.device.tile.IoPeriphery} forward and backward, split into contiguous
 * output ranges) and a device array's zero-shifting pulse trains ({@link
 * io.github.rider.device.array.DeviceArray#applyAlternatingPulses}, split into ranges of noise
 * blocks). Every output is computed by exactly the same operations in the same order, and every
 * random number from the same stream in the same order, as on one thread (the I/O noise is drawn
 * before and after a product's split part, on the calling thread; each noise block has its own
 * stream), so the results are bit-identical for any thread count.
 *
 * <p>Off by default (one thread). Set with the system property {@code rider.threads} (read once,
 * when this class is first used; e.g. {@code RIDER_JAVA_OPTS=-Drider.threads=2 ./rider ...}) or
 * {@link #set}. Work is split only if it has at least {@link #minWork} element operations
 * (multiply-adds; a pulse counts as 32). The default, 2^20 (about a millisecond of work), comes
 * from the 2-vCPU CI machine kind (BENCHMARKS.md): there, handing a part to another
 * thread and waiting for it cost more than it saved for one pulsed update of about 8,000 pulses
 * (W2 ran 1.4x slower on two threads), while zero-shifting runs of 16 M element-pulses ran 1.3x
 * faster. The parallel path allocates a few small task objects per call; the
 * one-thread path allocates nothing.
 */
public final class Threads {

  private static volatile int threads = parse(System.getProperty("rider.threads"));
  private static volatile int minWork = 1 << 20;
  private static ExecutorService pool;

  private Threads() {}

  static int parse(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    int t;
    try {
      t = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rider.threads must be an integer >= 1, was " + value, e);
    }
    if (t < 1) {
      throw new IllegalArgumentException("rider.threads must be >= 1, was " + value);
    }
    return t;
  }

  /** The thread count (1 = everything on the calling thread). */
  public static int threads() {
    return threads;
  }

  /** The smallest product (multiply-adds) that is split across threads. */
  public static int minWork() {
    return minWork;
  }

  /**
   * Sets the thread count (&gt;= 1) and the smallest product that is split (&gt;= 0 multiply-adds).
   * Results do not depend on either; only speed does.
   */
  public static synchronized void set(int threadCount, int minMultiplyAdds) {
    if (threadCount < 1) {
      throw new IllegalArgumentException("threadCount must be >= 1, was " + threadCount);
    }
    if (minMultiplyAdds < 0) {
      throw new IllegalArgumentException("minMultiplyAdds must be >= 0, was " + minMultiplyAdds);
    }
    threads = threadCount;
    minWork = minMultiplyAdds;
  }

  /** A body over the range [from, to). */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  /** Whether a product of {@code work} multiply-adds over n outputs is split across threads. */
  public static boolean splits(int n, long work) {
    return threads > 1 && n > 1 && work >= minWork;
  }

  /**
   * Runs {@code body} over [0, n) in contiguous ranges, one per thread (as {@link #splits} says:
   * callers test it first, so that the one-thread path allocates no lambda).
   */
  public static void forRanges(int n, Range body) {
    forParts(n, parts(n), (part, from, to) -> body.run(from, to));
  }

  /** A body over part {@code part}, the range [from, to). */
  @FunctionalInterface
  public interface Part {
    void run(int part, int from, int to);
  }

  /** How many parts {@link #forRanges} splits [0, n) into now: min(threads, n), at least 1. */
  public static int parts(int n) {
    return Math.max(1, Math.min(threads, n));
  }

  /**
   * Runs {@code body} over [0, n) split into {@code t} contiguous parts, part k being
   * [n k / t, n (k + 1) / t), part 0 on the calling thread and the others on the pool.
   */
  public static void forParts(int n, int t, Part body) {
    if (t <= 1) {
      body.run(0, 0, n);
      return;
    }
    ExecutorService p = pool(t);
    List<Future<?>> parts = new ArrayList<>(t - 1);
    for (int k = 1; k < t; k++) {
      int part = k;
      int from = (int) ((long) n * k / t);
      int to = (int) ((long) n * (k + 1) / t);
      parts.add(p.submit(() -> body.run(part, from, to)));
    }
    body.run(0, 0, (int) ((long) n / t));
    for (Future<?> f : parts) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a parallel range", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a parallel range failed", e.getCause());
      }
    }
  }

  private static synchronized ExecutorService pool(int t) {
    if (pool == null) {
      pool = Executors.newCachedThreadPool(r -> {
        Thread th = new Thread(r, "rider-worker");
        th.setDaemon(true);
        return th;
      });
    }
    return pool;
  }
}
