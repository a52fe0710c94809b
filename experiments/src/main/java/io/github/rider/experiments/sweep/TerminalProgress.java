package io.github.rider.experiments.sweep;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars (me.tongfei:progressbar) on standard error, for interactive use. {@link #auto}
 * picks them only when a terminal is attached and no CI is detected (environment variable
 * {@code CI} set, as GitHub Actions, GitLab and most CI systems do), else {@link Progress#NONE}.
 */
public final class TerminalProgress implements Progress {

  private final PrintStream stream;

  private TerminalProgress(PrintStream stream) {
    this.stream = stream;
  }

  /** Bars on {@code System.err} when interactive, otherwise nothing. */
  public static Progress auto() {
    boolean terminal = System.console() != null;
    boolean ci = System.getenv("CI") != null;
    return terminal && !ci ? new TerminalProgress(System.err) : Progress.NONE;
  }

  @Override
  public Task start(String task, long total) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(stream)).setMaxRenderedLength(100).build();
    return new Task() {
      @Override
      public void stepBy(long n) {
        bar.stepBy(n);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
