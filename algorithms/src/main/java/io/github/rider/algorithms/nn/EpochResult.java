package io.github.rider.algorithms.nn;

/**
 * Metrics after one epoch.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean softmax cross-entropy over the epoch's training samples, each taken
 *     before its batch's step (NaN in the epoch that stopped training as diverged)
 * @param testAccuracy fraction of the test set classified correctly after the epoch, in [0, 1]
 * @param pulses pulses fired so far (all layers)
 * @param programmingOps programming operations so far (all layers)
 */
public record EpochResult(int epoch, double trainLoss, double testAccuracy, long pulses, long programmingOps) {}
