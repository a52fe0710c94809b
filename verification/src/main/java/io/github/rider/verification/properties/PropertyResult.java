package io.github.rider.verification.properties;

import java.util.List;

/**
 * The outcome of one property run, the unit of VERIFICATION.md.
 *
 * @param name      the property's name (e.g. "Theorem C.2")
 * @param reference where the paper states it
 * @param implementation the implementation that was run ({@link Property#implementation()})
 * @param checked   what was checked, one sentence
 * @param ranges    over which parameter ranges
 * @param mutation  the mutation run ({@link Mutation#NONE} for the real check)
 * @param tries     number of tries (random devices / problems)
 * @param seed      the root seed (print it on failure)
 * @param tightness simulated / bound over the tries
 * @param holds     whether the property holds (for a mutation: false means it was rejected)
 * @param verdict   one sentence explaining the verdict (counts, acceptance rule)
 * @param notes     further observations
 */
public record PropertyResult(String name, String reference, String implementation, String checked, String ranges, Mutation mutation,
    int tries, long seed, Tightness tightness, boolean holds, String verdict, List<String> notes) {

  public PropertyResult {
    if (name == null || reference == null || implementation == null || checked == null || ranges == null || mutation == null
        || tightness == null || verdict == null || notes == null) {
      throw new IllegalArgumentException("no component of a PropertyResult may be null");
    }
    notes = List.copyOf(notes);
  }

  /** A one-paragraph summary for assertion messages (includes the seed). */
  public String summary() {
    return String.format("%s (%s) on %s [%s]: %s; tightness %s; seed %d; %s%s", name, reference, implementation, mutation,
        holds ? "holds" : "FAILS", tightness, seed, verdict, notes.isEmpty() ? "" : "; " + String.join("; ", notes));
  }
}
