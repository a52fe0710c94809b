package io.github.rider.experiments.cli;

import picocli.CommandLine;

/** The registry of subcommands; each new command is added here once. */
final class Subcommands {
  private Subcommands() {}

  static void registerAll(CommandLine cl) {
    cl.addSubcommand(new ReproduceCommand());
    cl.addSubcommand(withDevice(new PulseResponseCommand()));
    cl.addSubcommand(withDevice(new CalibrationBudgetCommand()));
    cl.addSubcommand(new DeviceSpecCommand());
    cl.addSubcommand(new TrainSyntheticCommand());
    cl.addSubcommand(new TrainMnistCommand());
    cl.addSubcommand(new VerifyDeviceCommand());
    cl.addSubcommand(new VerifyCommand());
    cl.addSubcommand(new Theorem37Command());
    cl.addSubcommand(new Fig1aCommand());
    cl.addSubcommand(new Fig1bCommand());
    cl.addSubcommand(new RatesCommand());
    cl.addSubcommand(new Fig2Command());
    cl.addSubcommand(new Fig4Command());
    cl.addSubcommand(new Fig5Command());
    cl.addSubcommand(new Table1Command());
    cl.addSubcommand(new Table2Command());
    cl.addSubcommand(new RobustnessCommand());
    cl.addSubcommand(new MergeCommand());
  }

  private static CommandLine withDevice(Object command) {
    CommandLine sub = new CommandLine(command);
    DeviceOptions.addTo(sub.getCommandSpec());
    return sub;
  }
}
