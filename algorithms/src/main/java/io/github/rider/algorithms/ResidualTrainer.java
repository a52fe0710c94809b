package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.Map;

/**
 * Shared machinery of the residual family (residual learning, two-stage, RIDER, E-RIDER): P and
 * W on analog arrays, a reference Q, and one analog step
 * <pre>
 *   W-bar = W + gamma c (P - R_mix)
 *   P    &lt;- P (+) (-alpha c grad f(W-bar; xi))                 (11a) / (18a)
 *   W    &lt;- W (+) (beta c' (P_{k+1} - R_tr))                    (11b) / (18b)
 * </pre>
 * where (+) is the array's analog update (eq. 2), c the chopper sign (1 without chopping), c' = c
 * when the transfer is chopped and 1 otherwise, and R_mix, R_tr the references the caller passes.
 */
abstract class ResidualTrainer extends AbstractTrainer {

  /** Deliberate breakages, for tests that must reject them. */
  enum Mutation {
    NONE,
    /** W is updated with beta P_{k+1} instead of beta (P_{k+1} - Q_k). */
    TRANSFER_P_NOT_RESIDUAL
  }

  final AnalogArray p;
  final AnalogArray w;
  final StepSizes steps;
  final double[] pRead;
  private final double[] wRead;
  private final double[] buf;
  private Mutation mutation = Mutation.NONE;

  ResidualTrainer(Objective objective, AnalogArray p, AnalogArray w, StepSizes steps,
      RandomStreams streams) {
    super(objective, streams);
    int dim = objective.dimension();
    checkSize("P", p, dim);
    checkSize("W", w, dim);
    this.p = p;
    this.w = w;
    this.steps = steps;
    this.pRead = new double[dim];
    this.wRead = new double[dim];
    this.buf = new double[dim];
  }

  /** Package-private switch for mutation tests. */
  void mutate(Mutation m) {
    this.mutation = m;
  }

  static double[] checkedReference(String name, double[] q, int dim) {
    if (q.length != dim) {
      throw new IllegalArgumentException(
          name + " must have length " + dim + " (the dimension), was " + q.length);
    }
    return q.clone();
  }

  /** One analog step; afterwards {@link #pRead} holds P_{k+1}. */
  final void analogStep(double c, double[] mixRef, double[] transferRef, boolean chopTransfer) {
    p.read(pRead);
    w.read(wRead);
    double gc = steps.gamma() * c;
    for (int i = 0; i < buf.length; i++) {
      wRead[i] += gc * (pRead[i] - mixRef[i]);
    }
    objective.stochasticGradient(wRead, gradientRng, buf);
    double ac = -steps.alpha() * c;
    for (int i = 0; i < buf.length; i++) {
      buf[i] *= ac;
    }
    p.update(buf);
    p.read(pRead);
    double bc = steps.beta() * (chopTransfer ? c : 1);
    boolean residual = mutation != Mutation.TRANSFER_P_NOT_RESIDUAL;
    for (int i = 0; i < buf.length; i++) {
      buf[i] = bc * (residual ? pRead[i] - transferRef[i] : pRead[i]);
    }
    w.update(buf);
  }

  /** One step with c = 1 and the reference q in both W-bar and the transfer (11b). */
  final void unchoppedStep(double[] q) {
    analogStep(1, q, q, false);
  }

  /** Q &lt;- (1 - eta) Q + eta P_{k+1}, eq. (12). */
  final void ema(double[] q) {
    ReferenceEma.step(q, pRead, steps.eta());
  }

  @Override
  final void readW(double[] out) {
    w.read(out);
  }

  @Override
  final AnalogArray[] trainedArrays() {
    return new AnalogArray[] {p, w};
  }

  @Override
  final AnalogArray pArray() {
    return p;
  }

  @Override
  void describe(Map<String, Object> out) {
    out.put("lr", steps.alpha());
    out.put("beta", steps.beta());
    out.put("eta", steps.eta());
    out.put("gamma", steps.gamma());
    if (mutation != Mutation.NONE) {
      out.put("mutation", mutation.name());
    }
  }
}
