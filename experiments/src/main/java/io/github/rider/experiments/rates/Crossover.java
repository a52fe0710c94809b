package io.github.rider.experiments.rates;

import io.github.rider.experiments.sweep.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Corollary 3.9's shape on measured pulse counts (arXiv 2602.21321): over the accuracy targets
 * delta, in decreasing order, that both a tracking algorithm and the two-stage baseline reached,
 * whether the tracker needed fewer pulses. The corollary has the tracker cheaper for delta above a
 * crossover Theta(dw_min) and the two-stage method at most below it, so: holds if the tracker is
 * cheaper at the largest such delta and the comparison switches at most once; does not hold if the
 * two-stage method is cheaper there; inconclusive if no delta is reached by both, or with more than
 * one switch.
 *
 * @param both         the deltas both reached, decreasing
 * @param cheaper      per delta of {@code both}: the tracker needed fewer pulses
 * @param onlyTracker  deltas only the tracker reached
 * @param onlyTwoStage deltas only the two-stage method reached
 */
record Crossover(List<Double> both, List<Boolean> cheaper, List<Double> onlyTracker,
    List<Double> onlyTwoStage) {

  /** From the median pulses per delta (NaN: not reached) of the tracker and the two-stage method. */
  static Crossover of(Map<Double, Double> tracker, Map<Double, Double> twoStage) {
    List<Double> both = new ArrayList<>();
    List<Boolean> cheaper = new ArrayList<>();
    List<Double> onlyTracker = new ArrayList<>();
    List<Double> onlyTwoStage = new ArrayList<>();
    for (double d : new TreeSet<>(tracker.keySet()).descendingSet()) {
      double e = tracker.get(d);
      double t = twoStage.getOrDefault(d, Double.NaN);
      if (Double.isFinite(e) && Double.isFinite(t)) {
        both.add(d);
        cheaper.add(e < t);
      } else if (Double.isFinite(e)) {
        onlyTracker.add(d);
      } else if (Double.isFinite(t)) {
        onlyTwoStage.add(d);
      }
    }
    return new Crossover(both, cheaper, onlyTracker, onlyTwoStage);
  }

  /** Sign changes of the comparison as delta decreases. */
  int switches() {
    int s = 0;
    for (int i = 1; i < cheaper.size(); i++) {
      s += cheaper.get(i) != cheaper.get(i - 1) ? 1 : 0;
    }
    return s;
  }

  /** The smallest delta at which the tracker was cheaper (NaN: none). */
  double smallestCheaper() {
    double out = Double.NaN;
    for (int i = 0; i < both.size(); i++) {
      if (cheaper.get(i)) {
        out = both.get(i);
      }
    }
    return out;
  }

  Verdict verdict() {
    if (both.isEmpty()) {
      return Verdict.INCONCLUSIVE;
    }
    if (!cheaper.get(0)) {
      return Verdict.DOES_NOT_HOLD;
    }
    return switches() <= 1 ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
  }

  /** "delta ... reached by both NAME and the best two-stage: ..., NAME cheaper at ...". */
  String describe(String name) {
    List<Double> cheaperAt = new ArrayList<>();
    for (int i = 0; i < both.size(); i++) {
      if (cheaper.get(i)) {
        cheaperAt.add(both.get(i));
      }
    }
    return String.format(Locale.ROOT, "delta (fraction of the initial distance) reached by both "
        + "%s and the best two-stage: %s, %s cheaper at %s (smallest: %s); reached only by %s: "
        + "%s; only by two-stage: %s.", name, both, name, cheaperAt, smallestCheaper(), name,
        onlyTracker, onlyTwoStage);
  }
}
