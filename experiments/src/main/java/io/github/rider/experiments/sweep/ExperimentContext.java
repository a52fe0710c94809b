package io.github.rider.experiments.sweep;

import io.github.rider.device.Parallelism;
import java.nio.file.Path;

/**
 * Where and how a sweep runs.
 *
 * @param outDir   the output folder DIR; an experiment writes into DIR/&lt;name&gt;/
 * @param scale    quick or full (recorded in the results; the experiment's config carries the
 *                 sizes it implies)
 * @param seed     root seed of every random stream
 * @param shard    the slice of each sweep to run
 * @param resume   skip cells whose results are already stored
 * @param progress where progress goes
 * @param jobs     how many cells of a sweep are computed at once, each on its own thread (&gt;= 1);
 *                 the results do not depend on it, since a cell depends only on its own streams
 *                 ({@link Experiment#run})
 * @param force    replace the results of another seed or configuration found in the output
 *                 folder (without it such a folder is refused)
 * @param parallelism how each cell's tiles and arrays split their work over threads (the results
 *                 do not depend on it); one value, and so one executor, is shared by the cells
 *                 computed at once
 */
public record ExperimentContext(Path outDir, Scale scale, long seed, Shard shard, boolean resume,
    Progress progress, int jobs, boolean force, Parallelism parallelism) {

  public ExperimentContext {
    if (outDir == null) {
      throw new IllegalArgumentException("outDir must not be null");
    }
    if (scale == null || shard == null || progress == null || parallelism == null) {
      throw new IllegalArgumentException(
          "scale, shard, progress and parallelism must not be null");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be >= 1, was " + jobs);
    }
  }

  /** A context that refuses to replace another run's results, its cells on one thread each. */
  public ExperimentContext(Path outDir, Scale scale, long seed, Shard shard, boolean resume,
      Progress progress, int jobs) {
    this(outDir, scale, seed, shard, resume, progress, jobs, false, Parallelism.SERIAL);
  }

  /** A whole, fresh, silent run (tests, library use). */
  public static ExperimentContext of(Path outDir, Scale scale, long seed) {
    return new ExperimentContext(outDir, scale, seed, Shard.ALL, false, Progress.NONE, 1);
  }

  public ExperimentContext withShard(Shard s) {
    return new ExperimentContext(outDir, scale, seed, s, resume, progress, jobs,
        force, parallelism);
  }

  public ExperimentContext withResume(boolean r) {
    return new ExperimentContext(outDir, scale, seed, shard, r, progress, jobs, force, parallelism);
  }

  public ExperimentContext withOutDir(Path d) {
    return new ExperimentContext(d, scale, seed, shard, resume, progress, jobs, force, parallelism);
  }

  public ExperimentContext withForce(boolean f) {
    return new ExperimentContext(outDir, scale, seed, shard, resume, progress, jobs,
        f, parallelism);
  }

  public ExperimentContext withParallelism(Parallelism p) {
    return new ExperimentContext(outDir, scale, seed, shard, resume, progress, jobs, force, p);
  }

  public ExperimentContext withJobs(int j) {
    return new ExperimentContext(outDir, scale, seed, shard, resume, progress, j,
        force, parallelism);
  }
}
