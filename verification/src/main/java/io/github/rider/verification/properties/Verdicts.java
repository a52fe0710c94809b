package io.github.rider.verification.properties;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.stat.BinomialAcceptance;
import java.util.List;

/** Shared acceptance rules of the properties. Not API. */
final class Verdicts {

  /** Per-try false-failure probability of the stochastic checks. */
  static final double PER_TRY_FAILURE = 0.01;

  /**
   * False-failure probability of one stochastic property under its claim (binomial acceptance over
   * its tries): the suite's stochastic properties, with the median limits' measured share, sum to at
   * most {@link SuiteSettings#SUITE_FALSE_FAILURE}.
   */
  static final double SUITE_FAILURE = 1e-5;

  private Verdicts() {}

  /** The acceptance rule of a property whose tries each fail a true claim with prob. <= 0.01. */
  static BinomialAcceptance stochastic(int tries) {
    return new BinomialAcceptance(Math.max(1, tries), PER_TRY_FAILURE, SUITE_FAILURE);
  }

  /** The seed of try i of a property run rooted at {@code seed}. */
  static long trySeed(long seed, String property, int i) {
    return RandomStreams.of(seed).child(property, i).seed();
  }

  /** "k of n tries failed; accepted up to m (...)" or the deterministic equivalent. */
  static String describe(boolean stochastic, int failures, int applicable) {
    return stochastic ? stochastic(applicable).describe(failures)
        : failures + " of " + applicable + " tries failed (deterministic check: every try must pass)";
  }

  /** Throws unless {@code m} is NONE or one of {@code p}'s mutations. */
  static void requireMutation(Property p, Mutation m) {
    if (m != Mutation.NONE && !p.mutations().contains(m)) {
      throw new IllegalArgumentException(p.name() + " has no mutation " + m + "; it has " + p.mutations());
    }
  }

  /** The result of a property run from its per-try counts and tightness ratios. */
  static PropertyResult result(Property p, String checked, String ranges, Mutation m, int tries, long seed,
      double[] ratios, boolean stochastic, int failures, int applicable, List<String> notes) {
    if (stochastic != (p.falseFailureProbability() > 0)) {
      throw new IllegalStateException(p.name() + " must state its false-failure probability iff it is stochastic");
    }
    return new PropertyResult(p.name(), p.reference(), p.implementation(), checked, ranges, m, tries, seed, Tightness.of(ratios),
        accepts(stochastic, failures, applicable), describe(stochastic, failures, applicable), notes);
  }

  /** {@code r}, failing also unless {@code ok}; {@code what} is added to its verdict. */
  static PropertyResult alsoRequire(PropertyResult r, boolean ok, String what) {
    return new PropertyResult(r.name(), r.reference(), r.implementation(), r.checked(), r.ranges(), r.mutation(),
        r.tries(), r.seed(), r.tightness(), r.holds() && ok, r.verdict() + "; " + what + (ok ? "" : " FAILS"),
        r.notes());
  }

  static boolean accepts(boolean stochastic, int failures, int applicable) {
    return applicable > 0 && (stochastic ? stochastic(applicable).accepts(failures) : failures == 0);
  }
}
