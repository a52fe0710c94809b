package io.github.rider.experiments.cli;

import picocli.CommandLine;

/** The registry of subcommands; each new command is added here once. */
final class Subcommands {
  private Subcommands() {}

  static void registerAll(CommandLine cl) {
    cl.addSubcommand(new ReproduceCommand());
  }
}
