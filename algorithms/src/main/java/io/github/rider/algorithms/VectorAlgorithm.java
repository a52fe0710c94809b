package io.github.rider.algorithms;

import java.util.Arrays;
import java.util.List;

/**
 * The training algorithms of the synthetic (vector) runs of {@link SyntheticRunFactory}, each with
 * its command-line and result-file name ({@code rider train-synthetic --algorithm}, the {@code
 * algorithm} field of {@link SyntheticRunSpec} and of result rows, {@link TrainingAlgorithm#name}).
 * The algorithms on analog tiles are {@link io.github.rider.algorithms.cells.Algorithm}.
 */
public enum VectorAlgorithm {
  /** Floating-point gradient descent ({@link DigitalSgd}). */
  DIGITAL_SGD("digital-sgd"),
  /** Analog SGD on one device array ({@link AnalogSgd}). */
  ANALOG_SGD("analog-sgd"),
  /** Residual learning with a static reference, Tiki-Taka ({@link ResidualLearning}). */
  RESIDUAL("residual"),
  /** Zero-shifting calibration, then residual learning ({@link TwoStageResidualLearning}). */
  TWO_STAGE("two-stage"),
  /** RIDER, the paper's Algorithm 2 ({@link Rider}). */
  RIDER("rider"),
  /** E-RIDER, the paper's Algorithm 3 ({@link ERider}). */
  ERIDER("erider");

  private final String cliName;

  VectorAlgorithm(String cliName) {
    this.cliName = cliName;
  }

  /** The command-line and result-file name, e.g. "erider". */
  public String cliName() {
    return cliName;
  }

  /** The command-line name. */
  @Override
  public String toString() {
    return cliName;
  }

  /**
   * The algorithm whose command-line name is {@code name}.
   *
   * @throws IllegalArgumentException for null or an unknown name (the message lists the names)
   */
  public static VectorAlgorithm of(String name) {
    for (VectorAlgorithm a : values()) {
      if (a.cliName.equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException("algorithm must be one of " + names() + ", was " + name);
  }

  /** The command-line names in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(VectorAlgorithm::cliName).toList();
  }
}
