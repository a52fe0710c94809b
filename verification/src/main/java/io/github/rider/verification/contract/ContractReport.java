package io.github.rider.verification.contract;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The result of the device-model contract for one device: the list of checks, in order.
 *
 * @param device what was checked
 * @param checks the checks, each with its measured value, bound and verdict
 */
public record ContractReport(String device, List<CheckResult> checks) {

  public ContractReport {
    if (device == null || checks == null) {
      throw new IllegalArgumentException("device and checks must not be null");
    }
    checks = List.copyOf(checks);
  }

  /** True when no check failed. */
  public boolean passed() {
    return checks.stream().allMatch(CheckResult::passed);
  }

  /** The check called {@code name}. */
  public CheckResult check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no check named '" + name + "' in " + names()));
  }

  private List<String> names() {
    return checks.stream().map(CheckResult::name).toList();
  }

  /**
   * A plain-text table: one row per check with status, measured value, bound and note, and a final
   * line "RESULT: PASS" or "RESULT: FAIL (n of m checks failed)".
   */
  public String toTable() {
    int nameWidth = Math.max(5, checks.stream().mapToInt(c -> c.name().length()).max().orElse(5));
    String fmt = "%-" + nameWidth + "s  %-6s  %12s  %12s  %s%n";
    StringBuilder sb = new StringBuilder();
    sb.append("Device-model contract: ").append(device).append(System.lineSeparator());
    sb.append(String.format(Locale.ROOT, fmt, "check", "status", "measured", "bound", "note"));
    for (CheckResult c : checks) {
      String status = switch (c.status()) {
        case PASS -> "PASS";
        case FAIL -> "FAIL";
        case NOT_APPLICABLE -> "n/a";
      };
      sb.append(String.format(Locale.ROOT, fmt, c.name(), status, num(c.measured()), num(c.bound()),
          c.reference() + ": " + c.note()));
    }
    long failed = checks.stream().filter(c -> !c.passed()).count();
    sb.append(failed == 0 ? "RESULT: PASS" : "RESULT: FAIL (" + failed + " of " + checks.size() + " checks failed)")
        .append(System.lineSeparator());
    return sb.toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
