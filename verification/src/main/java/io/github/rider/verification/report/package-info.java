/**
 * The VERIFICATION.md writer ({@link io.github.rider.verification.report.VerificationReport#write}).
 */
package io.github.rider.verification.report;
