package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Algorithm 3, E-RIDER: RIDER with a chopper, the EMA as a low-pass filter, and an
 * analog copy Q-tilde of Q synchronised only when the chopper flips:
 * <pre>
 *   c_0 = 1; for k &gt;= 1: c_k = -c_{k-1} with probability p, else c_{k-1}   (17)
 *   if c_k != c_{k-1}: Q-tilde &lt;- Q_k by weight programming (D element writes)
 *   W-bar_k = W_k + gamma c_k (P_k - R_mix)
 *   P_{k+1} = P_k - alpha c_k g (.) F_p(P_k) - alpha |g| (.) G_p(P_k) + b_k             (18a) [I]
 *   Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}                                             (12)
 *   W_{k+1} = W_k + beta c_k (P_{k+1} - R_tr) (.) F_w(W_k) - beta |P_{k+1} - R_tr| (.) G_w(W_k) + b'_k  (18b) [I]
 * </pre>
 * with g = grad f(W-bar_k; xi_k). The [I] choices (R_mix, R_tr in {Q_k, Q-tilde_k}; whether
 * c_k multiplies the transfer) are {@link ERiderOptions}; the default is the practical form
 * (Q-tilde in both, chopped transfer). Q-tilde is modelled as a separate analog store that is only
 * read and programmed, never pulsed: programming writes Q_k plus optional N(0, s^2) write noise
 * (stream {@code RandomStreams.WRITE_NOISE}), and each write of the D elements is counted as
 * programming. The chopper draws from the stream {@code RandomStreams.CHOPPER}. With p = 0 and
 * {@link ERiderOptions#digitalReference()} the trajectory is RIDER's, bit for bit.
 */
public final class ERider extends ResidualTrainer {

  private final double[] q;
  private final double[] qTilde;
  private final double chopProbability;
  private final ERiderOptions options;
  private final RandomGenerator chopper;
  private final RandomGenerator writeNoise;
  private double c = 1;
  private long programmed;
  private long flips;

  /**
   * @param q0              initial Q_0 = Q-tilde_0
   * @param chopProbability p, the flip probability per iteration, in [0, 1]
   */
  public ERider(Objective objective, AnalogArray p, AnalogArray w, double[] q0, StepSizes steps,
      double chopProbability, ERiderOptions options, RandomStreams streams) {
    super(objective, p, w, steps, streams);
    if (!(chopProbability >= 0 && chopProbability <= 1)) {
      throw new IllegalArgumentException(
          "chopProbability must be in [0, 1], was " + chopProbability);
    }
    this.q = checkedReference("q0", q0, objective.dimension());
    this.qTilde = q.clone();
    this.chopProbability = chopProbability;
    this.options = options;
    this.chopper = streams.stream(RandomStreams.CHOPPER);
    this.writeNoise = streams.stream(RandomStreams.WRITE_NOISE);
  }

  @Override
  public String name() {
    return VectorAlgorithm.ERIDER.cliName();
  }

  @Override
  void step(long k) {
    if (k > 0 && chopper.nextDouble() < chopProbability) {
      c = -c;
      flips++;
      if (options.usesQTilde()) {
        programQTilde();
      }
    }
    analogStep(c, pick(options.mixedReference()), pick(options.transferReference()),
        options.chopTransfer());
    ema(q);
  }

  private void programQTilde() {
    double s = options.qTildeWriteNoise();
    for (int i = 0; i < q.length; i++) {
      qTilde[i] = s == 0 ? q[i] : q[i] + s * writeNoise.nextGaussian();
    }
    programmed += q.length;
  }

  private double[] pick(ERiderOptions.Reference r) {
    return r == ERiderOptions.Reference.DIGITAL_Q ? q : qTilde;
  }

  /** Number of chopper flips so far. */
  public long flips() {
    return flips;
  }

  @Override
  long programmedElements() {
    return programmed;
  }

  @Override
  double[] reference() {
    return q;
  }

  @Override
  void describe(Map<String, Object> out) {
    super.describe(out);
    out.put("chopProb", chopProbability);
    out.put("chopTransfer", options.chopTransfer());
    out.put("mixedReference", options.mixedReference().name());
    out.put("transferReference", options.transferReference().name());
    out.put("qTildeWriteNoise", options.qTildeWriteNoise());
  }
}
