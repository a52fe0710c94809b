package io.github.rider.experiments.bench;

import io.github.rider.algorithms.nn.Dataset;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.experiments.data.MnistData;
import java.io.IOException;

/**
 * The bundled MNIST training set walked in order, one mini-batch per call, round and round (the
 * last incomplete batch left out): the data side of the training benchmarks.
 */
final class BundledBatches {

  private final Dataset train;
  private final int[] order;
  private final int batch;
  private int from;

  BundledBatches(int batch) throws IOException {
    this.batch = batch;
    train = MnistData.bundled().train();
    order = new int[train.count() - train.count() % batch];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
  }

  /** Trains {@code net} on the next mini-batch with global learning rate lr; returns its loss. */
  double trainNext(Network net, double lr) {
    double loss = net.trainBatch(train, order, from, batch, lr);
    from = (from + batch) % order.length;
    return loss;
  }
}
