package io.github.rider.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.report.ReportWriter;
import io.github.rider.experiments.sweep.Cell;
import io.github.rider.experiments.sweep.CellFiles;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import io.github.rider.experiments.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      Experiment<?> e = experiment(expDir, sweep);
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

  /**
   * Copies the sweep record and every stored cell of {@code from} that {@code to} lacks; each
   * cell is checked first ({@link CellFiles#read}): a file that is no cell of the sweep, or an
   * invalid cell, is refused naming it.
   */
  private static void copyInto(Path from, Path to) throws IOException {
    JsonNode sweep = JsonFiles.read(from.resolve(SweepRunner.SWEEP));
    Path target = to.resolve(SweepRunner.SWEEP);
    if (Files.exists(target) && !JsonFiles.read(target).equals(sweep)) {
      throw new IllegalArgumentException("cannot merge " + from + " into " + to
          + ": they ran different seeds or configurations (compare their " + SweepRunner.SWEEP
          + ")");
    }
    Path cells = from.resolve(SweepRunner.CELLS);
    Map<String, Cell<?>> byFile = new HashMap<>();
    for (Cell<?> c : experiment(from, sweep).cells()) {
      byFile.put(c.id() + ".json", c);
    }
    List<Path> files = List.of();
    if (Files.isDirectory(cells)) {
      try (Stream<Path> s = Files.list(cells)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
    }
    for (Path cell : files) {
      Cell<?> expected = byFile.get(cell.getFileName().toString());
      if (expected == null) {
        throw new IllegalArgumentException("cannot merge " + cell + ": it is no cell of the sweep"
            + " in " + from.resolve(SweepRunner.SWEEP));
      }
      CellFiles.read(cell, expected);
    }
    JsonFiles.write(target, sweep);
    for (Path cell : files) {
      Path dest = to.resolve(SweepRunner.CELLS).resolve(cell.getFileName().toString());
      if (!Files.exists(dest)) {
        JsonFiles.writeAtomically(dest, Files.readString(cell));
      }
    }
  }

  /** The experiment a sweep record describes; a record naming none is refused naming its file. */
  private static Experiment<?> experiment(Path expDir, JsonNode sweep) {
    String name = sweep.path("experiment").asText();
    try {
      return Experiments.fromConfig(name, sweep.path("config"));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(expDir.resolve(SweepRunner.SWEEP)
          + " describes no experiment rider knows (" + e.getMessage() + ")", e);
    }
  }
}
