package io.github.rider.algorithms;

import java.util.List;
import java.util.Map;

/**
 * Result of one run: final metrics (at iterate K), strided history (iterates 0, s, 2s, ... and
 * K), pulse counts, parameters and seed. Same seed and parameters give an equal record, bit for
 * bit.
 *
 * @param algorithm   algorithm name (digital-sgd, analog-sgd, residual, two-stage, rider, erider)
 * @param objective   objective name
 * @param parameters  the run's parameters, in a stable order (names as in the factory)
 * @param seed        root seed of the run's {@code RandomStreams}
 * @param iterations  K actually run (fewer than requested if the run diverged)
 * @param diverged    whether a non-finite metric stopped the run
 * @param divergence  which metric became non-finite and at which iteration, "" when none did
 * @param saturation  which trained array ended pinned at the bounds (every element within dw_min
 *                    of a bound of its response) after which iteration, "" when none did; a
 *                    command line reports it as divergence too ({@link #divergedOrSaturated})
 * @param finalMetrics metrics of the last iterate
 * @param history     strided metrics
 * @param pulses      pulse and programming counts
 * @param finalW      W_K
 * @param finalQ      Q_K (the reference in use), or null when the algorithm has none
 */
public record TrainingResult(String algorithm, String objective, Map<String, Object> parameters,
    long seed, long iterations, boolean diverged, String divergence, String saturation, Metrics finalMetrics, List<Metrics> history,
    PulseCounts pulses, double[] finalW, double[] finalQ) {

  public TrainingResult {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    history = List.copyOf(history);
  }

  /** Whether the run diverged or ended saturated. */
  public boolean divergedOrSaturated() {
    return diverged || !saturation.isEmpty();
  }

  /** What diverged or saturated, "" when nothing did. */
  public String divergenceOrSaturation() {
    return diverged ? divergence : saturation;
  }
}
