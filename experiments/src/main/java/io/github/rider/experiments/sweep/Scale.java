package io.github.rider.experiments.sweep;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big a run is. {@link #QUICK}: the default of {@code rider reproduce}, sized so that the
 * FCN claims (Table 2, Fig. 5) are decided within half an hour on two cores and the rest runs
 * reduced. {@link #FULL}: the paper's grids and sweeps, with run lengths the bundled data allows
 * in hours. {@link #PAPER_STEPS}: as full, with the MNIST runners trained for the paper's number
 * of mini-batches (its epochs of 60,000 samples) on whatever data is given.
 */
public enum Scale {
  QUICK,
  FULL,
  PAPER_STEPS;

  /** Lower-case name as written in results, reports and on the command line ("paper-steps"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the paper's grids and sweeps are run ({@link #FULL} or {@link #PAPER_STEPS}). */
  public boolean full() {
    return this != QUICK;
  }

  /** The scale labelled {@code label} (any case). */
  public static Scale of(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("scale must be one of quick, full, "
            + "paper-steps, was '" + label + "'"));
  }
}
