package io.github.rider.experiments.sweep;

/**
 * Progress of long work, reported in steps. Library code only calls it; the command line decides
 * whether anything is shown ({@link TerminalProgress} on a terminal, {@link #NONE} otherwise).
 */
public interface Progress {

  /** Shows nothing. */
  Progress NONE = (task, total) -> Task.NONE;

  /** Starts a task of {@code total} steps. */
  Task start(String task, long total);

  /** A running task; close it when done. */
  interface Task extends AutoCloseable {
    /** Does nothing. */
    Task NONE = new Task() {
      @Override
      public void stepBy(long n) {}

      @Override
      public void close() {}
    };

    /** Advances by {@code n} steps. */
    void stepBy(long n);

    @Override
    void close();
  }
}
