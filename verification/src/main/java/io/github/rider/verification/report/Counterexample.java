package io.github.rider.verification.report;

/**
 * A result of the paper refuted by a concrete instance inside its assumptions.
 *
 * @param result   the result's name as the report uses it (e.g. "Theorem 3.7")
 * @param summary  the instance and the violated inequality, one sentence with numbers
 * @param evidence how it is established and where the full account is
 */
public record Counterexample(String result, String summary, String evidence) {}
