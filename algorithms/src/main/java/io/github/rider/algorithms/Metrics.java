package io.github.rider.algorithms;

/**
 * Metrics of one iterate k. Quantities that need a P/Q pair are NaN for algorithms that have
 * none (digital and Analog SGD).
 *
 * @param iteration   k
 * @param f           f(W_k)
 * @param distSq      ||W_k - W*||^2
 * @param pMinusQSq   ||P_k - Q_k||^2 (Q the reference in use: 0 for residual learning, the ZS
 *                    estimate for the two-stage baseline, the digital EMA for RIDER / E-RIDER)
 * @param gpSq        ||G_p(P_k)||^2, the asymmetry of the P array at its state
 * @param qMinusSpSq  ||Q_k - SP(P)||^2, the distance of the reference from P's symmetric point
 * @param eK          running E_k of eq. (14) with unit weights:
 *                    (1/k) sum_{j&lt;k} (||W_j - W*||^2 + ||P_j - Q_j||^2 + ||G_p(P_j)||^2), the
 *                    absent terms taken as 0; NaN at k = 0
 */
public record Metrics(long iteration, double f, double distSq, double pMinusQSq, double gpSq,
    double qMinusSpSq, double eK) {}
