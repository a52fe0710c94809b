package io.github.rider.verification.zs;

/**
 * What the zero-shifting theorems talk about, observed over one run of M pulses from W_0.
 *
 * @param last                 W_M, the state after the M pulses
 * @param meanGSquared         (1/M) sum_{n&lt;M} G(W_n)^2, the averaged-iterate quantity of (25)/(32)
 * @param visitedMin           smallest state visited (W_0 included)
 * @param visitedMax           largest state visited
 * @param meanSquaredDeviation (1/M) sum_{n=1..M} (W_n - W*)^2 with W* the response's SP
 */
public record ZsTrajectory(double last, double meanGSquared, double visitedMin, double visitedMax,
    double meanSquaredDeviation) {}
