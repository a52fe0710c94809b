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
 * @param diverged    whether the run diverged: a non-finite metric stopped it, or at its end a
 *                    trained array was pinned at the bounds (every element within dw_min of one)
 * @param divergence  what diverged and at which iteration, "" when it did not
 * @param finalMetrics metrics of the last iterate
 * @param history     strided metrics
 * @param pulses      pulse and programming counts
 * @param finalW      W_K
 * @param finalQ      Q_K (the reference in use), or null when the algorithm has none
 */
public record TrainingResult(String algorithm, String objective, Map<String, Object> parameters,
    long seed, long iterations, boolean diverged, String divergence, Metrics finalMetrics, List<Metrics> history,
    PulseCounts pulses, double[] finalW, double[] finalQ) {

  public TrainingResult {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    history = List.copyOf(history);
  }
}
