/**
 * Statistical acceptance for stochastic checks: Monte Carlo estimates with one-sided t bounds,
 * "fail only past a binomial quantile", and Clopper-Pearson bounds on how often a run rejects a
 * mutant or fails a true claim.
 */
package io.github.rider.verification.stat;
