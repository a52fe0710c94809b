package io.github.rider.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs an {@link Experiment}'s sweep into {@code DIR/<name>/}:
 * <ul>
 *   <li>{@code sweep.json}: the experiment, seed, scale and configuration the cells belong to;
 *   <li>{@code cells/<id>.json}: each cell's rows, written atomically as soon as it finishes;
 *   <li>once every cell is stored (by this process, earlier ones, or other shards):
 *       {@code results.csv}, {@code results.json} and the plots.
 * </ul>
 * With {@code resume}, stored cells are skipped (after checking that sweep.json matches: the
 * seed, the scale, the configuration, the cell ids and {@link Experiment#rowsVersion}); a
 * stored cell that is invalid ({@link CellFiles#read}) is recomputed with a warning. Without it,
 * the cells this shard owns are recomputed. Cells of other shards are never touched. An output
 * folder holding another seed or configuration is refused unless {@code force} is set, which
 * deletes its cells and results.
 * With {@link ExperimentContext#jobs} &gt; 1 the cells run on that many threads at once, with the
 * same results.
 */
public final class SweepRunner {

  /** File names inside an experiment folder. */
  public static final String SWEEP = "sweep.json";
  public static final String CELLS = "cells";
  public static final String RESULTS_CSV = "results.csv";
  public static final String RESULTS_JSON = "results.json";

  /**
   * What a call did.
   *
   * @param experiment name
   * @param total      cells in the sweep
   * @param computed   cells computed by this call
   * @param skipped    owned cells skipped because they were stored (resume)
   * @param complete   whether every cell is stored and the results were written
   * @param warnings   one line for each stored cell found invalid and recomputed
   */
  public record Status(String experiment, int total, int computed, int skipped, boolean complete,
      List<String> warnings) {

    public Status {
      warnings = List.copyOf(warnings);
    }
  }

  private SweepRunner() {}

  /** The folder of {@code name} under {@code outDir}. */
  public static Path folder(Path outDir, String name) {
    return outDir.resolve(name);
  }

  /** Runs this shard's cells of {@code e} and finishes the experiment when all are stored. */
  public static <P> Status run(Experiment<P> e, ExperimentContext ctx) throws IOException {
    Path dir = folder(ctx.outDir(), e.name());
    Path cellsDir = dir.resolve(CELLS);
    JsonNode sweep = JsonFiles.normalised(sweepRecord(e, ctx));
    Path sweepFile = dir.resolve(SWEEP);
    if (Files.exists(sweepFile) && !JsonFiles.read(sweepFile).equals(sweep)) {
      if (ctx.resume()) {
        throw new IllegalArgumentException("cannot resume " + dir + ": its " + SWEEP
            + " records another seed, configuration or rows version; use a fresh --out or drop"
            + " --resume");
      }
      if (!ctx.force()) {
        throw new IllegalArgumentException(dir + " holds the results of another seed or"
            + " configuration; use a fresh --out, --resume with the same options, or --force to"
            + " delete them");
      }
      deleteCells(cellsDir);
      Files.deleteIfExists(dir.resolve(RESULTS_CSV));
      Files.deleteIfExists(dir.resolve(RESULTS_JSON));
    }
    JsonFiles.write(sweepFile, sweep);
    List<Cell<P>> cells = e.cells();
    requireUniqueIds(e.name(), cells);
    RandomStreams streams = RandomStreams.of(ctx.seed());
    List<Cell<P>> todo = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int skipped = 0;
    for (int p = 0; p < cells.size(); p++) {
      if (!ctx.shard().owns(p)) {
        continue;
      }
      Cell<P> cell = cells.get(p);
      Path file = CellFiles.file(cellsDir, cell);
      if (ctx.resume() && Files.exists(file)) {
        try {
          CellFiles.read(file, cell);
          skipped++;
          continue;
        } catch (CellFiles.InvalidCellException x) {
          warnings.add(x.getMessage() + "; recomputing it");
        }
      }
      todo.add(cell);
    }
    if (ctx.jobs() > 1 && todo.size() > 1) {
      computeConcurrently(e, todo, streams, cellsDir, ctx);
    } else {
      for (Cell<P> cell : todo) {
        compute(e, cell, streams, ctx.parallelism(), cellsDir, ctx.progress());
      }
    }
    boolean complete = finishIfComplete(e, dir, ctx.scale(), ctx.seed());
    return new Status(e.name(), cells.size(), todo.size(), skipped, complete, warnings);
  }

  /** Computes one cell and stores its rows in {@code cellsDir/<id>.json}. */
  private static <P> void compute(Experiment<P> e, Cell<P> cell, RandomStreams streams,
      Parallelism parallelism, Path cellsDir, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    long cpu0 = threadCpuNanos();
    List<Row> rows;
    try (Progress.Task task = progress.start(e.name() + " " + cell.id(), e.work(cell))) {
      rows = e.run(cell, streams, parallelism, task);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = cpu0 < 0 ? Double.NaN : (threadCpuNanos() - cpu0) / 1e9;
    JsonFiles.write(CellFiles.file(cellsDir, cell),
        CellFiles.record(cell, rows, seconds, cpuSeconds));
  }

  /**
   * {@link #compute} of the cells on min(jobs, cells) threads, started in sweep order. Each cell
   * is stored as soon as it finishes, exactly as one after another would store it (a cell depends
   * only on its streams, which are derived from its id). Progress is one bar for all of them. The
   * cells are waited for in sweep order; at the first failure met that way, the cells not yet
   * started are dropped, the running ones are waited for (so that nothing of this call runs on
   * after it returns), and that failure is thrown.
   */
  private static <P> void computeConcurrently(Experiment<P> e, List<Cell<P>> cells, RandomStreams streams,
      Path cellsDir, ExperimentContext ctx) throws IOException {
    int threads = Math.min(ctx.jobs(), cells.size());
    long work = 0;
    for (Cell<P> c : cells) {
      work += e.work(c);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rider-cell");
      t.setDaemon(true);
      return t;
    });
    try (Progress.Task bar = ctx.progress().start(
        e.name() + " (" + cells.size() + " cells, " + threads + " at once)", work)) {
      Progress shared = (task, total) -> new Progress.Task() {
        @Override
        public void stepBy(long n) {
          synchronized (bar) {
            bar.stepBy(n);
          }
        }

        @Override
        public void close() {}
      };
      List<Future<?>> futures = new ArrayList<>();
      for (Cell<P> c : cells) {
        futures.add(pool.submit(() -> {
          compute(e, c, streams, ctx.parallelism(), cellsDir, shared);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException x) {
          for (Future<?> g : futures) {
            g.cancel(false); // drops the cells not started; a running cell is not interrupted
          }
          pool.shutdown();
          awaitQuietly(pool);
          throw rethrown(x.getCause());
        } catch (InterruptedException x) {
          pool.shutdownNow();
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the cells of "
              + e.name(), x);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a running cell cannot be interrupted; wait for it to store its result and end
      }
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
    }
  }

  /** A cell's failure as thrown from {@link #run}: I/O and runtime failures as they are. */
  private static IOException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    if (cause instanceof IOException io) {
      return io;
    }
    return new IOException(cause);
  }

  /**
   * Writes results.csv, results.json and the plots if every cell of {@code e} is stored in
   * {@code dir}; returns whether it did. A stored cell that is invalid ({@link CellFiles#read}) is
   * an {@link CellFiles.InvalidCellException} naming it: nothing is written from it.
   */
  public static boolean finishIfComplete(Experiment<?> e, Path dir, Scale scale, long seed)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    double cellSeconds = 0;
    double cellCpuSeconds = 0; // NaN if some cell was stored without it
    for (Cell<?> cell : e.cells()) {
      Path file = CellFiles.file(dir.resolve(CELLS), cell);
      if (!Files.exists(file)) {
        return false;
      }
      CellFiles.Stored stored = CellFiles.read(file, cell);
      cellSeconds += stored.seconds();
      cellCpuSeconds += stored.cpuSeconds();
      rows.addAll(stored.rows());
    }
    long t0 = System.nanoTime();
    JsonFiles.writeAtomically(dir.resolve(RESULTS_CSV), csv(rows));
    Experiment.Outcome outcome = e.summarise(rows, dir);
    ObjectNode results = JsonFiles.MAPPER.createObjectNode();
    results.put("experiment", e.name());
    results.put("title", e.title());
    results.put("version", version());
    results.put("scale", scale.label());
    results.put("seed", seed);
    results.set("config", JsonFiles.tree(e.config()));
    results.put("cells", e.cells().size());
    results.put("rows", rows.size());
    ObjectNode timing = results.putObject("timing");
    timing.put("cellSeconds", cellSeconds);
    timing.put("cellCpuSeconds", cellCpuSeconds);
    timing.put("summariseSeconds", (System.nanoTime() - t0) / 1e9);
    timing.put("finishedAt", Instant.now().toString());
    results.set("summary", JsonFiles.tree(outcome.summary()));
    results.set("plots", JsonFiles.tree(outcome.plots()));
    results.set("claims", JsonFiles.tree(outcome.claims()));
    JsonFiles.write(dir.resolve(RESULTS_JSON), results);
    return true;
  }

  /** The rows as CSV: the union of the rows' keys as header, NaN as an empty field. */
  public static String csv(List<Row> rows) throws IOException {
    Set<String> header = new LinkedHashSet<>();
    for (Row r : rows) {
      header.addAll(r.values().keySet());
    }
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
        .setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Row r : rows) {
        List<String> record = new ArrayList<>();
        for (String k : header) {
          String v = r.text(k);
          record.add(v.equals("NaN") ? "" : v);
        }
        printer.printRecord(record);
      }
    }
    return out.toString();
  }

  /** The rider version (jar manifest), or "development build". */
  public static String version() {
    String v = SweepRunner.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  private static ObjectNode sweepRecord(Experiment<?> e, ExperimentContext ctx) {
    ObjectNode n = JsonFiles.MAPPER.createObjectNode();
    n.put("experiment", e.name());
    n.put("seed", ctx.seed());
    n.put("scale", ctx.scale().label());
    n.set("config", JsonFiles.tree(e.config()));
    if (e.rowsVersion() != 1) {
      n.put("rowsVersion", e.rowsVersion());
    }
    ArrayNode ids = n.putArray("cells");
    for (Cell<?> c : e.cells()) {
      ids.add(c.id());
    }
    return n;
  }

  /**
   * CPU time of the calling thread in ns (-1 if the JVM cannot measure it). A cell runs
   * on one thread (tile threads aside, {@code --threads}), so this is the cell's CPU time
   * whatever else the machine runs.
   */
  private static long threadCpuNanos() {
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : -1;
  }

  /** The stored form of a cell ({@link CellFiles#record}). */
  static ObjectNode cellRecord(Cell<?> cell, List<Row> rows, double seconds,
      double cpuSeconds) {
    return CellFiles.record(cell, rows, seconds, cpuSeconds);
  }

  private static void requireUniqueIds(String name, List<? extends Cell<?>> cells) {
    Set<String> seen = new LinkedHashSet<>();
    for (Cell<?> c : cells) {
      if (!seen.add(c.id())) {
        throw new IllegalStateException(name + ": duplicate cell id " + c.id());
      }
    }
  }

  private static void deleteCells(Path cellsDir) throws IOException {
    if (!Files.isDirectory(cellsDir)) {
      return;
    }
    try (var files = Files.list(cellsDir)) {
      for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
        Files.deleteIfExists(it.next());
      }
    }
  }
}
