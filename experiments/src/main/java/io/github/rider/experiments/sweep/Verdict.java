package io.github.rider.experiments.sweep;

/** Whether our run supports a claim of the paper. */
public enum Verdict {
  /** Our numbers agree with the paper's claim by the stated criterion. */
  HOLDS("holds"),
  /** Our numbers contradict it by the stated criterion. */
  DOES_NOT_HOLD("does not hold"),
  /** The run cannot decide (e.g. too few points, a quantity never reached). */
  INCONCLUSIVE("inconclusive"),
  /** The experiment that checks it did not run (not implemented, not run, or incomplete). */
  NOT_RUN("not run");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** Human-readable label used in the report. */
  public String label() {
    return label;
  }
}
