package io.github.rider.device.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many threads the tiles' matrix-vector products ({@link IoPeriphery} forward and backward)
 * use: the outputs are split into contiguous ranges, one per thread, and every output is computed
 * by exactly the same operations in the same order as on one thread, so the results are
 * bit-identical for any thread count (no random number is drawn inside the split part; the I/O
 * noise is drawn before and after it, on the calling thread).
 *
 * <p>Off by default (one thread). Set with the system property {@code rider.threads} (read once,
 * when this class is first used; e.g. {@code RIDER_JAVA_OPTS=-Drider.threads=2 ./rider ...}) or
 * {@link #set}. A product is split only if it has at least {@link #minWork} multiply-adds
 * (default 65,536: a 256 x 256 tile), below which handing work to another thread costs more than
 * it saves. The parallel path allocates a few small task objects per product; the one-thread path
 * allocates nothing.
 */
public final class TileThreads {

  private static volatile int threads = parse(System.getProperty("rider.threads"));
  private static volatile int minWork = 1 << 16;
  private static ExecutorService pool;

  private TileThreads() {}

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

  /** A body over the output range [from, to). */
  @FunctionalInterface
  interface Range {
    void run(int from, int to);
  }

  /** Whether a product of {@code work} multiply-adds over n outputs is split across threads. */
  static boolean splits(int n, long work) {
    return threads > 1 && n > 1 && work >= minWork;
  }

  /**
   * Runs {@code body} over [0, n) in contiguous ranges, one per thread (as {@link #splits} says:
   * callers test it first, so that the one-thread path allocates no lambda).
   */
  static void forRanges(int n, Range body) {
    int t = Math.min(threads, n);
    if (t <= 1) {
      body.run(0, n);
      return;
    }
    ExecutorService p = pool(t);
    List<Future<?>> parts = new ArrayList<>(t - 1);
    for (int k = 1; k < t; k++) {
      int from = (int) ((long) n * k / t);
      int to = (int) ((long) n * (k + 1) / t);
      parts.add(p.submit(() -> body.run(from, to)));
    }
    body.run(0, (int) ((long) n / t));
    for (Future<?> f : parts) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a tile product", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a tile product range failed", e.getCause());
      }
    }
  }

  private static synchronized ExecutorService pool(int t) {
    if (pool == null) {
      pool = Executors.newCachedThreadPool(r -> {
        Thread th = new Thread(r, "rider-tile");
        th.setDaemon(true);
        return th;
      });
    }
    return pool;
  }
}
