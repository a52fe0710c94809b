package io.github.rider.experiments.cli;

import io.github.rider.experiments.SweepMerge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rider merge}: combines the output folders of sharded runs ({@code --shard i/n}) into
 * {@code --out}, finishes every experiment whose cells are all present and writes report.md.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Combine sharded experiment outputs into one folder and write the report.")
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Target folder (default ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Parameters(paramLabel = "SHARD_DIR", arity = "0..*",
      description = "Output folders of the shards (none: complete --out in place).")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Outputs.folder(out, "--out");
    PrintWriter console = spec.commandLine().getOut();
    boolean allComplete = true;
    for (SweepMerge.Merged m : SweepMerge.merge(out, sources)) {
      console.printf(Locale.ROOT, "%s: %d of %d cells%s%n", m.experiment(), m.cells(), m.total(),
          m.complete() ? ", results written" : ", incomplete");
      allComplete &= m.complete();
    }
    console.printf(Locale.ROOT, "report: %s%n", out.resolve("report.md"));
    console.flush();
    return allComplete ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }
}
