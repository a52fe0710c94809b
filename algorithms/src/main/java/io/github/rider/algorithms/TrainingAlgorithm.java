package io.github.rider.algorithms;

/**
 * An algorithm set up on an objective and its arrays, ready to run K iterations once.
 * Implementations: {@link DigitalSgd}, {@link AnalogSgd}, {@link ResidualLearning},
 * {@link TwoStageResidualLearning}, {@link Rider}, {@link ERider}.
 */
public interface TrainingAlgorithm {

  /** Name as used by the factory and the CLI (e.g. {@code erider}). */
  String name();

  /**
   * Runs calibration (if any) and {@code settings.iterations()} iterations, recording metrics.
   *
   * @throws IllegalStateException if called twice
   */
  TrainingResult run(RunSettings settings);
}
