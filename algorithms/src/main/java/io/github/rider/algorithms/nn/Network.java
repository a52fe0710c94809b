package io.github.rider.algorithms.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward stack of {@link Layer}s ending in logits, trained with softmax cross-entropy
 * (mean over the mini-batch, as PyTorch's default). A mini-batch runs as AIHWKit runs it: the
 * forward pass of every sample, the backward pass of every sample (all on the weights before the
 * batch), then each layer's per-sample updates W &lt;- W - lr dy_s x_s^T, s = 1..B.
 *
 * <p>All buffers are allocated once here ({@code maxBatch} slots of every activation and
 * gradient); training and evaluation allocate nothing per sample. Not thread-safe.
 */
public final class Network {
  private final List<Layer> layers;
  private final int maxBatch;
  private final double[][][] acts;
  private final double[][][] grads;

  /** A network of {@code layers} (sizes must chain) trained with batches of at most {@code maxBatch}. */
  public Network(List<Layer> layers, int maxBatch) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one layer");
    }
    if (maxBatch <= 0) {
      throw new IllegalArgumentException("maxBatch must be > 0, was " + maxBatch);
    }
    for (int l = 1; l < layers.size(); l++) {
      if (layers.get(l).inputSize() != layers.get(l - 1).outputSize()) {
        throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputSize()
            + " inputs but layer " + (l - 1) + " gives " + layers.get(l - 1).outputSize());
      }
    }
    this.layers = List.copyOf(layers);
    this.maxBatch = maxBatch;
    int n = layers.size();
    acts = new double[n + 1][maxBatch][];
    grads = new double[n + 1][maxBatch][];
    for (int s = 0; s < maxBatch; s++) {
      acts[0][s] = new double[layers.get(0).inputSize()];
      for (int l = 1; l <= n; l++) {
        acts[l][s] = new double[layers.get(l - 1).outputSize()];
        grads[l][s] = new double[layers.get(l - 1).outputSize()];
      }
    }
  }

  /** The layers, input first. */
  public List<Layer> layers() {
    return layers;
  }

  /** Input length. */
  public int inputSize() {
    return layers.get(0).inputSize();
  }

  /** Number of logits. */
  public int outputSize() {
    return layers.get(layers.size() - 1).outputSize();
  }

  /** The largest batch {@link #trainBatch} accepts. */
  public int maxBatch() {
    return maxBatch;
  }

  /** Every trainable matrix, input layer first. */
  public List<TrainableMatrix> matrices() {
    List<TrainableMatrix> out = new ArrayList<>();
    for (Layer l : layers) {
      out.addAll(l.matrices());
    }
    return out;
  }

  /** Forward pass of the input already in slot s; returns the logits buffer. */
  private double[] forward(int s) {
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).forward(acts[l][s], acts[l + 1][s]);
    }
    return acts[layers.size()][s];
  }

  /**
   * One SGD step on the samples {@code order[from .. from + n)} of {@code data}, step size
   * {@code lr}; returns the sum of their losses (before the step).
   */
  public double trainBatch(Dataset data, int[] order, int from, int n, double lr) {
    if (n <= 0 || n > maxBatch) {
      throw new IllegalArgumentException("batch must be in [1, " + maxBatch + "], was " + n);
    }
    checkShape(data);
    int last = layers.size();
    double loss = 0;
    for (int s = 0; s < n; s++) {
      int i = order[from + s];
      data.copyInput(i, acts[0][s]);
      double[] z = forward(s);
      loss += SoftmaxCrossEntropy.lossAndGradient(z, outputSize(), data.labels()[i], 1.0 / n, grads[last][s]);
    }
    for (int s = 0; s < n; s++) {
      for (int l = last; l >= 1; l--) {
        layers.get(l - 1).backward(acts[l - 1][s], acts[l][s], grads[l][s], l == 1 ? null : grads[l - 1][s]);
      }
    }
    for (int l = 1; l <= last; l++) {
      layers.get(l - 1).update(acts[l - 1], grads[l], n, lr);
    }
    return loss;
  }

  /** Predicted class of sample i of {@code data} (argmax of the logits). */
  public int predict(Dataset data, int i) {
    data.copyInput(i, acts[0][0]);
    return SoftmaxCrossEntropy.argmax(forward(0), outputSize());
  }

  /** Softmax cross-entropy of sample i of {@code data} under the current weights (no update). */
  public double loss(Dataset data, int i) {
    checkShape(data);
    data.copyInput(i, acts[0][0]);
    int last = layers.size();
    return SoftmaxCrossEntropy.lossAndGradient(forward(0), outputSize(), data.labels()[i], 1, grads[last][0]);
  }

  /** Fraction of {@code data} classified correctly, in [0, 1]. */
  public double accuracy(Dataset data) {
    checkShape(data);
    int right = 0;
    for (int i = 0; i < data.count(); i++) {
      if (predict(data, i) == data.labels()[i]) {
        right++;
      }
    }
    return (double) right / data.count();
  }

  private void checkShape(Dataset data) {
    if (data.features() != inputSize() || data.classes() != outputSize()) {
      throw new IllegalArgumentException("data has " + data.features() + " features and "
          + data.classes() + " classes; the network takes " + inputSize() + " and gives " + outputSize());
    }
  }

  /** Pulses fired by all matrices so far. */
  public long pulses() {
    long p = 0;
    for (TrainableMatrix m : matrices()) {
      p += m.pulses();
    }
    return p;
  }

  /** Programming operations of all matrices so far. */
  public long programmingOps() {
    long p = 0;
    for (TrainableMatrix m : matrices()) {
      p += m.programmingOps();
    }
    return p;
  }
}
