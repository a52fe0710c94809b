package io.github.rider.verification.properties;

import io.github.rider.verification.stat.RejectionProbability;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failing-try counts of a property run, as its verdict states them ({@link Verdicts#describe}):
 * k failing of n tries, and the most failing tries the run accepts (0 for a deterministic check).
 *
 * @param failing     k
 * @param tries       n
 * @param maxAccepted m: the run fails (a mutant is rejected) when k &gt; m
 */
public record TryCounts(int failing, int tries, int maxAccepted) {

  private static final Pattern VERDICT =
      Pattern.compile("^(\\d+) of (\\d+) (?:tries|trials) failed(?:; accepted up to (\\d+))?");

  /** The counts of {@code r}, empty when its verdict does not state them. */
  public static Optional<TryCounts> of(PropertyResult r) {
    Matcher m = VERDICT.matcher(r.verdict());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new TryCounts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
  }

  /**
   * The lower bound (at {@code confidence}) of the probability that a run of as many tries rejects,
   * from these counts ({@link RejectionProbability}).
   */
  public double perRunRejectionLowerBound(double confidence) {
    return new RejectionProbability(failing, tries, confidence).perRunLowerBound(tries, maxAccepted);
  }

  /** The upper bound (at {@code confidence}) of the probability that a run of as many tries misses the mutant. */
  public double perRunMissUpperBound(double confidence) {
    return new RejectionProbability(failing, tries, confidence).perRunMissUpperBound(tries, maxAccepted);
  }
}
