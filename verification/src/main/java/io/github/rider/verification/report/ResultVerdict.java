package io.github.rider.verification.report;

import io.github.rider.verification.properties.Mutation;
import io.github.rider.verification.properties.PropertyResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one result of the paper in VERIFICATION.md: it holds (its check passes and no
 * counterexample is known), it is violated (a counterexample inside its assumptions, with the
 * evidence), or it is not covered by simulation. A passing check never overrides a known
 * counterexample.
 *
 * @param result   the result's name (e.g. "Theorem 3.7")
 * @param kind     holds, violated or not covered
 * @param evidence the counterexample or failing try (violated), where it is covered instead (not
 *                 covered), empty otherwise
 */
public record ResultVerdict(String result, Kind kind, String evidence) {

  /** The three verdicts. */
  public enum Kind {
    HOLDS("holds"),
    VIOLATED("violated"),
    NOT_COVERED("not covered");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The word used in the report. */
    public String label() {
      return label;
    }
  }

  /** "holds", "violated (counterexample: ...)" or "not covered (...)". */
  public String text() {
    return switch (kind) {
      case HOLDS -> "holds";
      case VIOLATED -> "violated (counterexample: " + evidence + ")";
      case NOT_COVERED -> "not covered (" + evidence + ")";
    };
  }

  /**
   * The verdict of every simulated result (one per property run without mutation), then of every
   * result listed in {@code notSimulated} ({name, coverage} pairs).
   */
  public static List<ResultVerdict> of(List<PropertyResult> results, List<Counterexample> counterexamples,
      String[][] notSimulated) {
    List<ResultVerdict> out = new ArrayList<>();
    for (PropertyResult r : results) {
      if (r.mutation() != Mutation.NONE) {
        continue;
      }
      Counterexample known = counterexamples.stream().filter(c -> c.result().equals(r.name())).findFirst()
          .orElse(null);
      if (known != null) {
        out.add(new ResultVerdict(r.name(), Kind.VIOLATED, known.summary()));
      } else if (!r.holds()) {
        out.add(new ResultVerdict(r.name(), Kind.VIOLATED, "the suite's check fails: " + r.verdict()
            + (r.notes().isEmpty() ? "" : "; " + r.notes().get(0))));
      } else {
        out.add(new ResultVerdict(r.name(), Kind.HOLDS, ""));
      }
    }
    for (Counterexample c : counterexamples) {
      if (out.stream().noneMatch(v -> v.result().equals(c.result()))) {
        out.add(new ResultVerdict(c.result(), Kind.VIOLATED, c.summary()));
      }
    }
    for (String[] row : notSimulated) {
      out.add(new ResultVerdict(row[0], Kind.NOT_COVERED, row[1]));
    }
    return out;
  }

  /** How many verdicts are of {@code kind}. */
  public static long count(List<ResultVerdict> verdicts, Kind kind) {
    return verdicts.stream().filter(v -> v.kind() == kind).count();
  }
}
