package io.github.rider.verification.rider;

import io.github.rider.algorithms.ReferenceEma;

/**
 * An implementation of RIDER's reference filter, eq. (12), Q &larr; (1 - eta) Q + eta P in place,
 * as the EMA lemmas (3.5, 3.10) run it.
 */
@FunctionalInterface
public interface EmaImplementation {

  /** The production filter, {@link ReferenceEma#step}. */
  EmaImplementation PRODUCTION = ReferenceEma::step;

  /** A mutant: the filter removed, Q_{k+1} = P_{k+1}. */
  EmaImplementation FILTER_REMOVED = (q, p, eta) -> System.arraycopy(p, 0, q, 0, q.length);

  /** One step of (12) on {@code q}. */
  void step(double[] q, double[] p, double eta);
}
