package io.github.rider.device;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How an array or a tile splits its work over threads: the tiles' matrix-vector products
 * ({@link io.github.rider.device.tile.IoPeriphery} forward and backward, split into contiguous
 * output ranges), the pulsed update's touched rows ({@link
 * io.github.rider.device.tile.PulsedUpdate}) and a device array's zero-shifting pulse trains
 * ({@link io.github.rider.device.array.DeviceArray#applyAlternatingPulses}, split into ranges of
 * noise blocks). It is passed in where tiles and arrays are built, as randomness is ({@link
 * io.github.rider.device.rng.RandomStreams}), and held by the objects that split work; there is no
 * global thread setting.
 *
 * <p>Every output is computed by exactly the same operations in the same order, and every random
 * number from the same stream in the same order, as on one thread (the I/O noise is drawn before
 * and after a product's split part, on the calling thread; each noise block and each tile row has
 * its own stream), so results are bit-identical for any thread count and any {@code minWork}.
 *
 * <p>Work is split only if it has at least {@link #minWork} element operations (multiply-adds; a
 * pulse counts as 32). The default {@link #DEFAULT_MIN_WORK}, 2^20 (about a millisecond of work),
 * suits a 2-vCPU machine (BENCHMARKS.md): there, handing a part to another thread and waiting for
 * it cost more than it saved for one pulsed update of about 8,000 pulses, while zero-shifting runs
 * of 16 M element-pulses ran faster. Part 0 of a split runs on the calling thread, parts 1 to t-1
 * on {@link #executor}; the split path allocates a few small task objects per call, the
 * one-thread path ({@link #SERIAL}) allocates nothing.
 *
 * <p>One value may be shared by several tiles and by work running concurrently (e.g. the cells of
 * a sweep computed at once): a split only submits its parts and waits for them, it keeps no state.
 */
public final class Parallelism {

  /** The smallest work split by default: 2^20 element operations. */
  public static final long DEFAULT_MIN_WORK = 1L << 20;

  /** Everything on the calling thread (the default of every tile and array). */
  public static final Parallelism SERIAL = new Parallelism(1, DEFAULT_MIN_WORK, Runnable::run);

  private final int threads;
  private final long minWork;
  private final Executor executor;

  private Parallelism(int threads, long minWork, Executor executor) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (minWork < 0) {
      throw new IllegalArgumentException("minWork must be >= 0, was " + minWork);
    }
    if (executor == null) {
      throw new IllegalArgumentException("executor must not be null");
    }
    this.threads = threads;
    this.minWork = minWork;
    this.executor = executor;
  }

  /**
   * Work split over {@code threads} threads (&gt;= 1; 1 gives {@link #SERIAL}) from {@link
   * #DEFAULT_MIN_WORK} on, the parts beyond the first run on a new pool of daemon threads (idle
   * threads end after a minute; none keeps the JVM alive).
   */
  public static Parallelism ofThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    return threads == 1 ? SERIAL : new Parallelism(threads, DEFAULT_MIN_WORK, daemonPool());
  }

  /**
   * Work split over {@code threads} threads from {@code minWork} on, the parts beyond the first
   * run on {@code executor} (owned by the caller, who shuts it down).
   */
  public static Parallelism of(int threads, long minWork, Executor executor) {
    return new Parallelism(threads, minWork, executor);
  }

  /** The same threads and executor, splitting from {@code minWork} element operations on. */
  public Parallelism withMinWork(long minWork) {
    return new Parallelism(threads, minWork, executor);
  }

  private static ExecutorService daemonPool() {
    return Executors.newCachedThreadPool(r -> {
      Thread th = new Thread(r, "rider-worker");
      th.setDaemon(true);
      return th;
    });
  }

  /** The thread count (1 = everything on the calling thread). */
  public int threads() {
    return threads;
  }

  /** The smallest work (element operations) that is split across threads. */
  public long minWork() {
    return minWork;
  }

  /** What runs the parts beyond the first. */
  public Executor executor() {
    return executor;
  }

  /** A body over the range [from, to). */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  /** A body over part {@code part}, the range [from, to). */
  @FunctionalInterface
  public interface Part {
    void run(int part, int from, int to);
  }

  /** Whether work of {@code work} element operations over n outputs is split across threads. */
  public boolean splits(int n, long work) {
    return threads > 1 && n > 1 && work >= minWork;
  }

  /** How many parts {@link #forRanges} splits [0, n) into: min(threads, n), at least 1. */
  public int parts(int n) {
    return Math.max(1, Math.min(threads, n));
  }

  /**
   * Runs {@code body} over [0, n) in {@link #parts} contiguous ranges (callers test {@link
   * #splits} first, so that the one-thread path allocates no lambda).
   */
  public void forRanges(int n, Range body) {
    forParts(n, parts(n), (part, from, to) -> body.run(from, to));
  }

  /**
   * Runs {@code body} over [0, n) split into {@code t} contiguous parts, part k being
   * [n k / t, n (k + 1) / t), part 0 on the calling thread and the others on the executor; returns
   * once every part has finished.
   */
  public void forParts(int n, int t, Part body) {
    if (t <= 1) {
      body.run(0, 0, n);
      return;
    }
    List<CompletableFuture<Void>> parts = new ArrayList<>(t - 1);
    for (int k = 1; k < t; k++) {
      int part = k;
      int from = (int) ((long) n * k / t);
      int to = (int) ((long) n * (k + 1) / t);
      parts.add(CompletableFuture.runAsync(() -> body.run(part, from, to), executor));
    }
    try {
      body.run(0, 0, (int) ((long) n / t));
    } finally {
      await(parts); // nothing of this call runs on after it returns or throws
    }
  }

  private static void await(List<CompletableFuture<Void>> parts) {
    RuntimeException failure = null;
    for (CompletableFuture<Void> f : parts) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a parallel range", e);
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = new IllegalStateException("a parallel range failed", e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "Parallelism[threads=" + threads + ", minWork=" + minWork + "]";
  }
}
