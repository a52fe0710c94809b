package io.github.rider.verification.properties;

/**
 * Deliberately broken variants that a property must reject: a property that cannot fail is a
 * defect. Each property lists the mutations that apply to it ({@link Property#mutations()}) and
 * runs them as broken implementations of the production code (a broken update rule, pulse driver,
 * step size or filter composed with the production classes), or, for the claims about a formula,
 * as a broken prediction.
 */
public enum Mutation {
  /** The correct model and algorithm. */
  NONE,
  /** Up pulses twice as large as the response says (a biased pulse model). */
  BIASED_PULSES,
  /**
   * Every pulse fired twice: the pulse size off by a factor 2 in both directions. Zero-shifting
   * still settles near the SP, within the loose bounds; the comparison with the exact process
   * (Theorem C.4, model (31)) rejects it.
   */
  DOUBLED_PULSES,
  /** The EMA of RIDER / Lemma 3.5 / 3.10 left out (Q not filtered: Q_{k+1} = Q_k or = P). */
  MISSING_EMA,
  /** q+ and q- exchanged, i.e. G with the wrong sign (the SP repels). */
  WRONG_SIGN_OF_G,
  /** The symmetric point ignored: taken to be 0. */
  SP_IGNORED,
  /** RIDER's residual step with gamma mis-applied: the gradient taken at W instead of W-bar = W + gamma (P - Q). */
  GAMMA_MISAPPLIED,
  /**
   * A step size off by a factor 2 (RIDER's transfer rate beta of (11b) doubled). The loose bound (72)
   * still holds; the comparison with the exact step (theory's RiderMeanFieldStep) rejects it.
   */
  STEP_SIZE_DOUBLED,
  /** A bound's constant off by a factor 2: the bound the simulation is compared with doubled. */
  BOUND_LOOSENED
}
