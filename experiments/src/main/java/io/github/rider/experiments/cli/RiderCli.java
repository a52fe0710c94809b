package io.github.rider.experiments.cli;

import io.github.rider.device.Parallelism;
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

  /** The system property that gives the thread count when --threads is not on the command line. */
  static final String THREADS_PROPERTY = "rider.threads";

  private Integer threads; // --threads N, null if not given
  private Parallelism parallelism; // made from threads on first use

  /**
   * --threads N: the {@link Parallelism} of the whole run (also accepted after a subcommand).
   */
  @CommandLine.Option(
      names = "--threads",
      paramLabel = "N",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Threads for tile products, pulsed updates and zero-shifting (default: the"
          + " system property " + THREADS_PROPERTY + ", else 1). Results are bit-identical for"
          + " any N.")
  void setThreads(int n) {
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be >= 1, was " + n);
    }
    threads = n;
    parallelism = null;
  }

  /**
   * How this run's tiles and arrays split their work: --threads N, else the system property
   * {@value #THREADS_PROPERTY}, else one thread. One value (one pool of daemon threads) for the
   * whole run, shared by the cells of a sweep computed at once.
   */
  Parallelism parallelism() {
    if (parallelism == null) {
      parallelism = Parallelism.ofThreads(threads != null ? threads
          : threadsProperty(System.getProperty(THREADS_PROPERTY)));
    }
    return parallelism;
  }

  /** The thread count a value of {@value #THREADS_PROPERTY} gives (absent or blank: 1). */
  static int threadsProperty(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    int t;
    try {
      t = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          THREADS_PROPERTY + " must be an integer >= 1, was " + value, e);
    }
    if (t < 1) {
      throw new IllegalArgumentException(THREADS_PROPERTY + " must be >= 1, was " + value);
    }
    return t;
  }

  /**
   * The {@link #parallelism} of the command line {@code command} belongs to (one thread when it
   * runs outside the {@code rider} command line, e.g. alone in a test).
   */
  static Parallelism parallelism(CommandLine.Model.CommandSpec command) {
    return command.root().userObject() instanceof RiderCli cli ? cli.parallelism()
        : Parallelism.SERIAL;
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
