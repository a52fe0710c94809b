package io.github.rider.experiments.sweep;

/**
 * How big a run is: {@link #QUICK} (reduced sizes and grids, the default of {@code rider
 * reproduce}, minutes on a laptop) or {@link #FULL} (the paper's scale).
 */
public enum Scale {
  QUICK,
  FULL;

  /** Lower-case name as written in results and reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
