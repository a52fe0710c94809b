package io.github.rider.experiments.cli;

/** A command line that parsed but makes no sense; the CLI prints its message and exits 2. */
public final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageError(String message) {
    super(message);
  }
}
