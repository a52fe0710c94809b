package io.github.rider.experiments.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rider reproduce}: runs every experiment of the paper that rider implements so far. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
    description = "Run the paper's experiments (quick mode by default) and write a report.")
final class ReproduceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("rider reproduce: no experiment runners yet.");
    return 0;
  }
}
