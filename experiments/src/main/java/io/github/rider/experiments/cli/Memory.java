package io.github.rider.experiments.cli;

import java.util.Locale;

/**
 * Sizes refused before any work starts when a rough estimate of the memory they need exceeds
 * what Java may use (Runtime.maxMemory), so that an impossible size is one line naming the
 * option, not an out-of-memory failure minutes later.
 */
final class Memory {

  private Memory() {}

  /**
   * Refuses {@code option value} when it needs more than the heap: {@code bytes} is the estimate
   * (a double, so that products of large sizes cannot overflow).
   */
  static void require(double bytes, String option, Object value) {
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max) {
      throw new UsageError(String.format(Locale.ROOT,
          "%s %s needs about %s of memory, more than the %s Java may use; choose a smaller value"
              + " or give Java more heap (RIDER_JAVA_OPTS=-Xmx16g ./rider ...)",
          option, value, gib(bytes), gib(max)));
    }
  }

  private static String gib(double bytes) {
    return String.format(Locale.ROOT, "%.3g GiB", bytes / (1L << 30));
  }
}
