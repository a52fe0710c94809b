package io.github.rider.verification.properties;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * A checkable claim of the paper: runs {@code tries} random instances from a fixed seed and
 * returns a {@link PropertyResult}. Implementations are stateless.
 */
public interface Property {

  /** Short name, e.g. "Theorem C.2". */
  String name();

  /** Where the claim is stated, e.g. "arXiv 2602.21321, App. C, Theorem C.2". */
  String reference();

  /**
   * The implementation the property runs, for reports: the production classes (e.g.
   * "algorithms.ZeroShifting on MeanFieldArray") or, where a claim is about a formula only, that
   * formula's code.
   */
  String implementation();

  /** The default number of tries, sized so that the module's tests stay within ~2 minutes on 2 cores. */
  int defaultTries();

  /**
   * The probability that the property fails although its claim is true, over the random draw of
   * its seed: 0 for a deterministic check (every try must pass), the binomial acceptance's
   * probability for a stochastic one.
   */
  default double falseFailureProbability() {
    return 0;
  }

  /**
   * The lower limit on the median tightness over the tries, for the checks of a nearly attained
   * bound (a bound loosened by a factor 2, {@link Mutation#BOUND_LOOSENED}, halves the median and
   * fails it); empty for the others. The run fails when more than half of its tries fall below it.
   */
  default OptionalDouble medianTightnessFloor() {
    return OptionalDouble.empty();
  }

  /** The mutations this property must reject. */
  Set<Mutation> mutations();

  /** Runs the property, or a mutated variant of it. */
  PropertyResult run(int tries, long seed, Mutation mutation);

  /** Runs the real property. */
  default PropertyResult run(int tries, long seed) {
    return run(tries, seed, Mutation.NONE);
  }
}
