package io.github.rider.experiments.sweep;

/**
 * Our finding on one claim of the paper, generated from an experiment's results.
 *
 * @param claimId   id of the claim in {@link io.github.rider.experiments.PaperClaims}
 * @param ours      our number or statement, generated from the results
 * @param verdict   whether it supports the claim
 * @param criterion how the verdict was decided (the rule, stated in words)
 * @param plot      file name of the plot that shows it, relative to the experiment folder, or ""
 */
public record ClaimResult(String claimId, String ours, Verdict verdict, String criterion,
    String plot) {

  public ClaimResult {
    if (claimId == null || claimId.isBlank()) {
      throw new IllegalArgumentException("claimId must not be blank");
    }
    if (verdict == null) {
      throw new IllegalArgumentException("verdict must not be null (claim " + claimId + ")");
    }
    ours = ours == null ? "" : ours;
    criterion = criterion == null ? "" : criterion;
    plot = plot == null ? "" : plot;
  }

  /** This result with {@code suffix} appended to {@link #ours}. */
  public ClaimResult withOursSuffix(String suffix) {
    return new ClaimResult(claimId, ours + suffix, verdict, criterion, plot);
  }
}
