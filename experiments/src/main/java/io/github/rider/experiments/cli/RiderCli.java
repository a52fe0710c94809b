package io.github.rider.experiments.cli;

import io.github.rider.device.Threads;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine;

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

  /** --debug: stack traces of failures (also accepted after a subcommand). */
  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of a failure.")
  boolean debug;

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
    CommandLine.IExecutionStrategy last = new CommandLine.RunLast();
    cl.setExecutionStrategy(parsed -> {
      try {
        return last.execute(parsed);
      } catch (OutOfMemoryError e) {
        throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
            "out of memory", e);
      }
    });
    return cl;
  }

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
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

  /**
   * A failure after parsing: a user-caused one (bad value, file, format, path, memory) is one
   * line and exit code 2; an internal error is one line asking for a report and exit code 1. The
   * stack trace follows only with --debug.
   */
  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    var user = Failures.userMessage(e);
    err.println("rider: " + user.orElseGet(() -> Failures.internalMessage(e)));
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return user.isPresent() ? ExitCodes.USER : ExitCodes.INTERNAL;
  }

  private static boolean debug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
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
