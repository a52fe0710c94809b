/**
 * Statistical acceptance for stochastic checks: Monte Carlo estimates with one-sided t bounds and
 * "fail only past a binomial quantile".
 */
package io.github.rider.verification.stat;
