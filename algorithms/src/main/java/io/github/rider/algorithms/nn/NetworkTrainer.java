package io.github.rider.algorithms.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mini-batch SGD of a {@link Network} on a labelled data set: each epoch shuffles the training
 * set (Fisher-Yates with the given data-order stream), trains batch by batch (the last batch may
 * be smaller), records the mean training loss and then the test accuracy; with
 * {@link TrainingOptions#miniBatches} it stops after that many mini-batches in all, inside an
 * epoch if need be. Divergence is detected
 * and reported, never silent, by these rules:
 * <ul>
 *   <li>a non-finite batch loss stops training at once;
 *   <li>after every epoch, non-finite weights, a matrix whose entries all satisfy
 *       |w| &gt;= saturationBound ("pinned at the bounds"), or an exploding mean training loss
 *       (above {@value #EXPLODING_LOSS} ln C for C classes, where ln C is the loss of a uniform
 *       guess) stop it too; that epoch's loss is recorded as NaN.
 * </ul>
 * A test accuracy at chance is not a divergence rule: runs inside their warm-up (E-RIDER after a
 * short run) and the paper's analog SGD under a large reference offset (11.35 % on MNIST) end
 * there without diverging.
 */
public final class NetworkTrainer {

  /** A mean training loss above this many times ln C counts as exploding. */
  static final double EXPLODING_LOSS = 100;

  private NetworkTrainer() {}

  /** Trains {@code net} on {@code train}, evaluating on {@code test} after every epoch. */
  public static TrainingReport train(Network net, Dataset train, Dataset test, TrainingOptions o,
      RandomGenerator order, ProgressListener progress) {
    if (o.batch() > net.maxBatch()) {
      throw new IllegalArgumentException("batch " + o.batch() + " exceeds the network's maxBatch " + net.maxBatch());
    }
    int n = train.count();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    List<EpochResult> epochs = new ArrayList<>();
    String divergence = "";
    int divergedEpoch = 0;
    long batches = 0;
    for (int e = 1; e <= o.epochs() && divergence.isEmpty() && batches < o.miniBatches(); e++) {
      shuffle(perm, order);
      double loss = 0;
      int done = 0;
      while (done < n && batches < o.miniBatches()) {
        int b = Math.min(o.batch(), n - done);
        double l = net.trainBatch(train, perm, done, b, o.lr());
        done += b;
        batches++;
        loss += l;
        if (!Double.isFinite(l)) {
          divergence = "non-finite training loss in epoch " + e + " after " + done + " samples";
          break;
        }
        progress.progress(e, o.epochs(), done, n, loss / done);
      }
      if (divergence.isEmpty()) {
        divergence = weightDivergence(net, o.saturationBound(), e);
      }
      if (divergence.isEmpty() && loss / done > EXPLODING_LOSS * Math.log(train.classes())) {
        divergence = "exploding training loss " + loss / done + " in epoch " + e + " (above "
            + EXPLODING_LOSS + " ln " + train.classes() + ")";
      }
      if (!divergence.isEmpty()) {
        divergedEpoch = e;
      }
      epochs.add(new EpochResult(e, divergence.isEmpty() ? loss / done : Double.NaN,
          net.accuracy(test), net.pulses(), net.programmingOps()));
    }
    double acc = epochs.get(epochs.size() - 1).testAccuracy();
    return new TrainingReport(epochs, acc, !divergence.isEmpty(), divergence, divergedEpoch,
        net.pulses(), net.programmingOps());
  }

  /** A description of non-finite or pinned weights after epoch e, or "" when there are none. */
  static String weightDivergence(Network net, double bound, int e) {
    List<TrainableMatrix> ms = net.matrices();
    for (int k = 0; k < ms.size(); k++) {
      TrainableMatrix m = ms.get(k);
      double[] w = new double[m.rows() * m.cols()];
      m.readWeights(w);
      int pinned = 0;
      for (double v : w) {
        if (!Double.isFinite(v)) {
          return "non-finite weight in matrix " + k + " after epoch " + e;
        }
        if (Math.abs(v) >= bound) {
          pinned++;
        }
      }
      if (pinned == w.length) {
        return "all " + w.length + " weights of matrix " + k + " pinned at the bounds (|w| >= "
            + bound + ") after epoch " + e;
      }
    }
    return "";
  }

  private static void shuffle(int[] a, RandomGenerator rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
