package io.github.rider.algorithms;

/** Names of the random streams this module splits from a run's root seed (besides the
 * conventional ones of {@code RandomStreams}). */
public final class Streams {

  private Streams() {}

  /** Synthetic-problem generation (design matrix, optimum, labels). */
  public static final String PROBLEM = "problem";

  /** Zero-shifting pulse signs (Algorithm 1, stochastic version). */
  public static final String ZERO_SHIFTING = "zero-shifting";

  /** Index of the P array in {@code RandomStreams.PULSE_TRAIN} families. */
  public static final long P_ARRAY = 0;

  /** Index of the W array in {@code RandomStreams.PULSE_TRAIN} families. */
  public static final long W_ARRAY = 1;
}
