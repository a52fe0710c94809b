/**
 * Small neural networks on analog tiles: the layers (analog linear with the bias as the tile's
 * last column, analog conv2d as im2col onto a tile, tanh, sigmoid, max-pool, softmax
 * cross-entropy), the paper's MNIST models (FCN 784-256-128-10 and LeNet-5) and their
 * mini-batch SGD training with divergence detection.
 *
 * <p>Every weighted layer holds one {@link io.github.rider.algorithms.nn.TrainableMatrix}: the
 * digital twin {@link io.github.rider.algorithms.nn.DigitalMatrix} or an analog training cell
 * (analog SGD, TT-v2, c-TTv2, AGAD, RIDER / E-RIDER); the layers never know which.
 */
package io.github.rider.algorithms.nn;
