package io.github.rider.verification.contract;

/**
 * The outcome of one check of the device-model contract: what was measured, what the paper
 * requires, and whether the requirement holds.
 *
 * @param name      short name of the check (e.g. "Definition 2.1")
 * @param reference the paper's statement the check is about
 * @param measured  the measured value (NaN when not measured)
 * @param bound     the value it is compared with (NaN when there is none)
 * @param status    PASS, FAIL or NOT_APPLICABLE (the check's premises do not hold)
 * @param note      how the check was done and what it found, one or two sentences
 */
public record CheckResult(String name, String reference, double measured, double bound, Status status, String note) {

  /** Outcome of a check. */
  public enum Status {
    PASS,
    FAIL,
    NOT_APPLICABLE
  }

  public CheckResult {
    if (name == null || reference == null || status == null || note == null) {
      throw new IllegalArgumentException("name, reference, status and note must not be null");
    }
  }

  /** A pass or a fail depending on {@code ok}. */
  public static CheckResult of(String name, String reference, double measured, double bound, boolean ok, String note) {
    return new CheckResult(name, reference, measured, bound, ok ? Status.PASS : Status.FAIL, note);
  }

  /** A check whose premises do not hold. */
  public static CheckResult notApplicable(String name, String reference, String note) {
    return new CheckResult(name, reference, Double.NaN, Double.NaN, Status.NOT_APPLICABLE, note);
  }

  /** True unless the check failed (NOT_APPLICABLE is not a failure). */
  public boolean passed() {
    return status != Status.FAIL;
  }

  /** measured / bound, NaN when either is missing or the bound is 0. */
  public double tightness() {
    return bound == 0 ? Double.NaN : measured / bound;
  }
}
