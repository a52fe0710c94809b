/**
 * Synthetic objectives with known optimum and constants (paper eq. (1), Assumptions 3.1-3.3):
 * planted least squares, a strongly convex quadratic with controllable condition number, and
 * L2-regularised logistic regression (optimum by Newton's method).
 */
package io.github.rider.algorithms.problem;
