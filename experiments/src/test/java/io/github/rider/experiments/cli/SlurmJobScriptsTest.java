package io.github.rider.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Slurm job scripts in {@code cluster/slurm/} against what users read and what rider accepts:
 * experiments/README.md shows each script verbatim, and the command line that an array task and
 * the merge job build parses for every experiment command at every scale. (The scripts themselves
 * run under Slurm in {@code cluster/slurm/test-array.sh}.)
 */
class SlurmJobScriptsTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
      .getParent();
  private static final Pattern BASH_BLOCK = Pattern.compile("(?s)```bash\\n(.*?)```");

  private static List<String> readmeBashBlocks() throws IOException {
    Matcher m = BASH_BLOCK.matcher(Files.readString(ROOT.resolve("experiments/README.md")));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void experimentsReadmeShowsBothJobScriptsVerbatim() throws IOException {
    List<String> blocks = readmeBashBlocks();
    for (String script : List.of("rider-array.sbatch", "rider-merge.sbatch")) {
      String text = Files.readString(ROOT.resolve("cluster/slurm").resolve(script));
      assertThat(blocks).as("a ```bash block of experiments/README.md equal to " + script)
          .contains(text);
    }
  }

  @Test
  void everyExperimentCommandAcceptsTheArrayTaskOptions() {
    List<String> experiments = new ArrayList<>();
    RiderCli.commandLine().getSubcommands().forEach((name, sub) -> {
      if (sub.getCommand() instanceof ExperimentCommand) {
        experiments.add(name);
      }
    });
    assertThat(experiments).contains("reproduce", "table2", "fig1a");
    for (String experiment : experiments) {
      for (String scale : List.of("quick", "full", "paper-steps")) {
        // rider-array.sbatch: EXPERIMENT --scale S --shard i/TASKS --jobs C --out DIR --resume
        String[] args = {experiment, "--scale", scale, "--shard", "2/3", "--jobs", "1", "--out",
            "out/shards/2", "--resume", "--seed", "7"};
        assertThatCode(() -> RiderCli.commandLine().parseArgs(args))
            .as(String.join(" ", args)).doesNotThrowAnyException();
      }
    }
    assertThatCode(() -> RiderCli.commandLine().parseArgs("merge", "--out", "out",
        "out/shards/1", "out/shards/2")).doesNotThrowAnyException();
  }
}
