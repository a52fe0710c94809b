package io.github.rider.experiments.cli;

import io.github.rider.device.Threads;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rider} command line. Every subcommand is its own class; this one only wires them,
 * and maps bad command lines to exit code 2 with a one-line message.
 */
@Command(
    name = "rider",
    mixinStandardHelpOptions = true,
    versionProvider = RiderCli.Version.class,
    description = {
      "rider: the verified reference implementation of 'Dynamic Symmetric Point Tracking:",
      "Tackling Non-ideal Reference in Analog In-memory Training' (arXiv 2602.21321)."
    },
    subcommands = {CommandLine.HelpCommand.class})
public final class RiderCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** --threads N: sets {@link Threads} for the whole run (also accepted after a subcommand). */
  @CommandLine.Option(
      names = "--threads",
      paramLabel = "N",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Threads for tile products, pulsed updates and zero-shifting (default: the"
          + " system property rider.threads, else 1). Results are bit-identical for any N.")
  void setThreads(int n) {
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be >= 1, was " + n);
    }
    Threads.set(n, Threads.minWork());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RiderCli());
    Subcommands.registerAll(cl);
    cl.setParameterExceptionHandler(RiderCli::badArguments);
    cl.setExecutionExceptionHandler(RiderCli::failed);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Bad arguments: one line naming the problem, a pointer to --help, exit code 2. */
  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String message = String.valueOf(e.getMessage()).replace('\n', ' ').trim();
    err.println("rider: " + message + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return 2;
  }

  /** Invalid values found after parsing (e.g. a parameter record rejects them): exit code 2. */
  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof IllegalArgumentException || e instanceof UsageError) {
      err.println("rider: " + String.valueOf(e.getMessage()).replace('\n', ' ').trim());
      err.flush();
      return 2;
    }
    err.println("rider: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    e.printStackTrace(err);
    err.flush();
    return 1;
  }

  /** The version of the rider jar, from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RiderCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "rider " + (v == null ? "(development build)" : v),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
