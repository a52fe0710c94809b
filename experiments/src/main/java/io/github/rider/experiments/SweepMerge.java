package io.github.rider.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.report.ReportWriter;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code rider merge}: combines the output folders of sharded runs (or completes one folder that
 * several shards wrote into): copies every stored cell into the target, checks that all slices
 * ran the same experiment, seed and configuration, finishes each experiment whose cells are all
 * present (results.csv, results.json, plots) and regenerates report.md.
 */
public final class SweepMerge {

  /**
   * State of one experiment after merging.
   *
   * @param experiment name
   * @param cells      stored cells
   * @param total      cells of the sweep
   * @param complete   whether the results were written
   */
  public record Merged(String experiment, int cells, int total, boolean complete) {}

  private SweepMerge() {}

  /** Merges {@code sources} (may be empty) into {@code out} and writes the report. */
  public static List<Merged> merge(Path out, List<Path> sources) throws IOException {
    for (Path src : sources) {
      if (!Files.isDirectory(src)) {
        throw new IllegalArgumentException("merge source " + src + " is not a folder");
      }
      if (src.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        continue;
      }
      for (Path expDir : experimentFolders(src)) {
        copyInto(expDir, out.resolve(expDir.getFileName().toString()));
      }
    }
    List<Merged> merged = new ArrayList<>();
    for (Path expDir : experimentFolders(out)) {
      JsonNode sweep = JsonFiles.read(expDir.resolve(SweepRunner.SWEEP));
      String name = sweep.path("experiment").asText();
      Experiment<?> e = Experiments.fromConfig(name, sweep.path("config"));
      Scale scale = Scale.of(sweep.path("scale").asText());
      boolean complete =
          SweepRunner.finishIfComplete(e, expDir, scale, sweep.path("seed").asLong());
      int present = 0;
      for (var c : e.cells()) {
        if (Files.exists(expDir.resolve(SweepRunner.CELLS).resolve(c.id() + ".json"))) {
          present++;
        }
      }
      merged.add(new Merged(name, present, e.cells().size(), complete));
    }
    ReportWriter.write(out);
    return merged;
  }

  private static List<Path> experimentFolders(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(SweepRunner.SWEEP))).sorted().toList();
    }
  }

  private static void copyInto(Path from, Path to) throws IOException {
    JsonNode sweep = JsonFiles.read(from.resolve(SweepRunner.SWEEP));
    Path target = to.resolve(SweepRunner.SWEEP);
    if (Files.exists(target) && !JsonFiles.read(target).equals(sweep)) {
      throw new IllegalArgumentException("cannot merge " + from + " into " + to
          + ": they ran different seeds or configurations (compare their " + SweepRunner.SWEEP
          + ")");
    }
    JsonFiles.write(target, sweep);
    Path cells = from.resolve(SweepRunner.CELLS);
    if (!Files.isDirectory(cells)) {
      return;
    }
    try (Stream<Path> s = Files.list(cells)) {
      for (Path cell : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Path dest = to.resolve(SweepRunner.CELLS).resolve(cell.getFileName().toString());
        if (!Files.exists(dest)) {
          JsonFiles.writeAtomically(dest, Files.readString(cell));
        }
      }
    }
  }
}
