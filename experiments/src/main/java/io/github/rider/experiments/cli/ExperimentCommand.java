package io.github.rider.experiments.cli;

import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.report.ReportWriter;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.ExperimentContext;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.Shard;
import io.github.rider.experiments.sweep.SweepRunner;
import io.github.rider.experiments.sweep.TerminalProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * Options and behaviour shared by the experiment subcommands (fig1a, fig1b, rates, reproduce):
 * output folder, quick/full scale, seed, shard, resume, jobs; runs the experiments' sweeps, prints
 * one status line each and regenerates DIR/report.md.
 */
abstract class ExperimentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default ${DEFAULT-VALUE}); each experiment writes DIR/<name>/.")
  Path out = Path.of("out");

  static final class ScaleChoice {
    @Option(names = "--quick", description = "The default scale: decides the FCN claims (Table 2, Fig. 5) in about half an hour on two cores, the rest reduced.")
    boolean quick;

    @Option(names = "--full", description = "The paper's grids and sweeps (hours; see experiments/README.md).")
    boolean full;

    @Option(names = "--scale", paramLabel = "NAME",
        description = "quick (the default), full, or paper-steps: as full, the MNIST runners trained for the paper's number of mini-batches (FCN 240,000, LeNet-5 300,000, Fig. 5 300,000) on the data given.")
    String name;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  ScaleChoice scaleChoice;

  @Option(names = "--seed", description = "Root seed of every random stream (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Run only slice I of N of each sweep (for job arrays); combine with 'rider merge'.")
  String shard;

  @Option(names = "--resume", description = "Skip cells already stored under --out (a stored"
      + " cell that fails its checks is recomputed with a warning).")
  boolean resume;

  @Option(names = "--force", description = "Delete the results of another seed or configuration"
      + " found under --out (without it such an --out is refused).")
  boolean force;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Compute up to N cells of a sweep at once, each on its own thread (default:"
          + " the number of available processors, here ${DEFAULT-VALUE}). Results are"
          + " bit-identical for any N; about N times faster on N free cores for sweeps of many"
          + " cells.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--data", paramLabel = "SET",
      description = "Images of the MNIST-scale runners (fig5, table1, table2): bundled (the"
          + " default, the real-MNIST subset 8,000 / 2,000), fashion-mnist (60,000 / 10,000, from"
          + " /usr/share/datasets/fashion-mnist: apt-get install dataset-fashion-mnist) or a"
          + " directory of IDX files (e.g. the full MNIST).")
  String data = DataSource.BUNDLED;

  /** The experiments this command runs, at {@code scale}. */
  abstract List<Experiment<?>> experiments(Scale scale);

  Scale scale() {
    if (scaleChoice == null) {
      return Scale.QUICK;
    }
    if (scaleChoice.name != null) {
      return Scale.of(scaleChoice.name);
    }
    return scaleChoice.full ? Scale.FULL : Scale.QUICK;
  }

  /** The data of the MNIST-scale runners ({@code --data}). */
  DataSource data() {
    return new DataSource(data);
  }

  @Override
  public Integer call() throws IOException {
    Shard s = shard == null ? Shard.ALL : Shard.parse(shard);
    if (jobs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--jobs must be >= 1, was " + jobs);
    }
    data().checkAvailable();
    Outputs.folder(out, "--out");
    ExperimentContext ctx = new ExperimentContext(out, scale(), seed, s, resume,
        TerminalProgress.auto(), jobs, force, RiderCli.parallelism(spec));
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    for (Experiment<?> e : experiments(scale())) {
      long t = System.nanoTime();
      SweepRunner.Status st = SweepRunner.run(e, ctx);
      for (String w : st.warnings()) {
        err.println("rider: warning: " + w);
      }
      err.flush();
      console.printf(Locale.ROOT, "%s: %d of %d cells computed, %d resumed, %s (%.1f s)%n", st.experiment(),
          st.computed(), st.total(), st.skipped(),
          st.complete() ? "results in " + SweepRunner.folder(out, e.name())
              : "incomplete (other shards pending; run 'rider merge')",
          (System.nanoTime() - t) / 1e9);
      console.flush();
    }
    Path report = ReportWriter.write(out);
    console.printf(Locale.ROOT, "report: %s (%.1f s in all)%n", report, (System.nanoTime() - t0) / 1e9);
    console.flush();
    return 0;
  }
}
