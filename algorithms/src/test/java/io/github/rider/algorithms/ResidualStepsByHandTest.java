package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The first iterations of Analog SGD (eq. 2), RIDER (Algorithm 2, eqs. (11a), (11b), (12)) and
 * E-RIDER (Algorithm 3, eqs. (17), (18a), (18b)) computed by hand on one element: f(W) = W^2
 * (mu = 2, W* = 0, no gradient noise, so grad f(W) = 2 W), noise-free mean-field arrays on ALD
 * devices, where F = 1 and G(w) = (w - sp)/tau, so that the analog update of eq. (2) is
 * w + dW - |dW| (w - sp)/tau.
 */
class ResidualStepsByHandTest {

  private static final double ALPHA = 0.1;
  private static final double BETA = 0.2;
  private static final double ETA = 0.3;
  private static final double GAMMA = 0.5;
  private static final StepSizes STEPS = new StepSizes(ALPHA, BETA, ETA, GAMMA);
  /** P on an ALD with sp 0.2, tau 1; W on an ALD with sp -0.1, tau 2. */
  private static final double SP_P = 0.2;
  private static final double SP_W = -0.1;
  private static final double TAU_W = 2;
  private static final double P0 = 0.5;
  private static final double W0 = 0.3;
  private static final double Q0 = 0.1;

  private static StronglyConvexQuadratic wSquared() {
    return StronglyConvexQuadratic.of(1, 2, 1, 0, 0, RandomStreams.of(1).stream("optimum"));
  }

  private static AnalogArray array(double sp, double tau, double w0) {
    return MeanFieldArray.of(new ResponseFunction[] {AldResponse.of(tau, sp)}, 1e-3,
        new double[] {w0}, null);
  }

  /** K iterations of RIDER with P on {@code p}, W on a fresh array at W_0, Q_0 = 0.1. */
  private static TrainingResult rider(AnalogArray p, long k) {
    return new Rider(wSquared(), p, array(SP_W, TAU_W, W0), new double[] {Q0}, STEPS,
        RandomStreams.of(2)).run(RunSettings.of(k, 1));
  }

  /** Step k = 0, by hand: W-bar = 0.3 + 0.5 (0.5 - 0.1) = 0.5, g = 1. */
  private static final double P1 = 0.5 - 0.1 - 0.1 * (0.5 - 0.2); // (11a): 0.37
  private static final double W1 = 0.3 + 0.054 - 0.054 * (0.3 + 0.1) / 2; // (11b), old Q: 0.3432
  private static final double Q1 = 0.7 * 0.1 + 0.3 * 0.37; // (12): 0.181

  @Test
  void riderFirstStepFollowsElevenAElevenBAndTwelve() {
    AnalogArray p = array(SP_P, 1, P0);
    TrainingResult r = rider(p, 1);
    assertThat(p.read(0)).isCloseTo(0.37, offset(1e-15)).isCloseTo(P1, offset(1e-15));
    assertThat(r.finalW()[0]).isCloseTo(0.3432, offset(1e-15)).isCloseTo(W1, offset(1e-15));
    assertThat(r.finalQ()[0]).isCloseTo(0.181, offset(1e-15)).isCloseTo(Q1, offset(1e-15));
  }

  @Test
  void riderSecondStepReadsTheUpdatedReference() {
    AnalogArray p = array(SP_P, 1, P0);
    TrainingResult r = rider(p, 2);
    double p2 = secondP(1, Q1);
    double w2 = secondW(1, Q1, Q1, false);
    assertThat(p.read(0)).isCloseTo(p2, offset(1e-15));
    assertThat(r.finalW()[0]).isCloseTo(w2, offset(1e-15));
    assertThat(r.finalQ()[0]).isCloseTo((1 - ETA) * Q1 + ETA * p2, offset(1e-15));
    // the metrics of the last iterate: ||P - Q||^2 and ||G_p(P)||^2 at K = 2
    double q2 = (1 - ETA) * Q1 + ETA * p2;
    assertThat(r.finalMetrics().pMinusQSq()).isCloseTo((p2 - q2) * (p2 - q2), offset(1e-15));
    assertThat(r.finalMetrics().gpSq())
        .isCloseTo((p2 - SP_P) * (p2 - SP_P), offset(1e-15));
    assertThat(r.finalMetrics().distSq()).isCloseTo(w2 * w2, offset(1e-15));
  }

  /**
   * E-RIDER with flip probability 1 and its practical options (Q-tilde in W-bar and (18b), chopped
   * transfer): step 0 never flips (c_0 = 1) and equals RIDER's; step 1 flips (c_1 = -1), programs
   * Q-tilde = Q_1 and takes W-bar = W_1 - gamma (P_1 - Q_1), P += +alpha g, W += -beta (P_2 -
   * Q-tilde).
   */
  @Test
  void eriderFlipsFromTheSecondStepAndProgramsQTildeAtTheFlip() {
    AnalogArray p = array(SP_P, 1, P0);
    AnalogArray w = array(SP_W, TAU_W, W0);
    ERider e = new ERider(wSquared(), p, w, new double[] {Q0}, STEPS, 1, ERiderOptions.defaults(),
        RandomStreams.of(2));
    TrainingResult one = new ERider(wSquared(), array(SP_P, 1, P0), array(SP_W, TAU_W, W0),
        new double[] {Q0}, STEPS, 1, ERiderOptions.defaults(), RandomStreams.of(2))
        .run(RunSettings.of(1, 1));
    assertThat(one.finalW()[0]).isCloseTo(W1, offset(1e-15));
    assertThat(one.pulses().programming()).isZero();

    TrainingResult r = e.run(RunSettings.of(2, 1));
    double p2 = secondP(-1, Q1);
    double w2 = secondW(-1, Q1, Q1, true);
    assertThat(e.flips()).isEqualTo(1);
    assertThat(r.pulses().programming()).isEqualTo(1);
    assertThat(p.read(0)).isCloseTo(p2, offset(1e-15));
    assertThat(r.finalW()[0]).isCloseTo(w2, offset(1e-15));
    assertThat(r.finalQ()[0]).isCloseTo((1 - ETA) * Q1 + ETA * p2, offset(1e-15));
  }

  /** P_2 by hand from (P_1, W_1): (18a) with W-bar = W_1 + gamma c (P_1 - mix), g = 2 W-bar. */
  private static double secondP(double c, double mix) {
    double wBar = W1 + GAMMA * c * (P1 - mix);
    double dp = -ALPHA * c * 2 * wBar;
    return P1 + dp - Math.abs(dp) * (P1 - SP_P);
  }

  /**
   * W_2 by hand from (P_1, W_1): W-bar = W_1 + gamma c (P_1 - mix), P_2 = P_1 (+) (-alpha c g),
   * W_2 = W_1 (+) (beta c' (P_2 - transfer)), with c' = c if the transfer is chopped, else 1.
   */
  private static double secondW(double c, double mix, double transfer, boolean chopTransfer) {
    double p2 = secondP(c, mix);
    double dw = BETA * (chopTransfer ? c : 1) * (p2 - transfer);
    return W1 + dw - Math.abs(dw) * (W1 - SP_W) / TAU_W;
  }

  private static TrainingResult erider(double chopProbability, ERiderOptions options) {
    return new ERider(wSquared(), array(SP_P, 1, P0), array(SP_W, TAU_W, W0), new double[] {Q0},
        STEPS, chopProbability, options, RandomStreams.of(2)).run(RunSettings.of(2, 1));
  }

  /**
   * The other [I] choices of (18a)/(18b): which reference W-bar and the transfer read, and whether
   * c multiplies the transfer. Without a flip (p = 0) Q-tilde still holds Q_0 at step 1 while
   * Q_1 = 0.181, so each choice gives its own W_2.
   */
  @Test
  void eriderOptionsPickTheReferenceAndTheTransferSign() {
    ERiderOptions tildeBoth = ERiderOptions.defaults();
    assertThat(erider(1, tildeBoth.withChopTransfer(false)).finalW()[0])
        .isCloseTo(secondW(-1, Q1, Q1, false), offset(1e-15));
    assertThat(erider(0, tildeBoth).finalW()[0])
        .isCloseTo(secondW(1, Q0, Q0, true), offset(1e-15));
    TrainingResult tildeInMix = erider(0, tildeBoth.withTransferReference(
        ERiderOptions.Reference.DIGITAL_Q));
    assertThat(tildeInMix.finalW()[0]).isCloseTo(secondW(1, Q0, Q1, true), offset(1e-15));
    TrainingResult tildeInTransfer = erider(0, tildeBoth.withMixedReference(
        ERiderOptions.Reference.DIGITAL_Q));
    assertThat(tildeInTransfer.finalW()[0]).isCloseTo(secondW(1, Q1, Q0, true), offset(1e-15));
    assertThat(tildeInTransfer.pulses().programming()).isZero();
  }

  /**
   * Q-tilde is stored and programmed at the flip when either formula reads it, never when both
   * read the digital Q: with p = 1 the flip at step 1 writes one element in the first two cases
   * and none in the third, where W_2 is (18a)/(18b) on Q_1.
   */
  @Test
  void eriderProgramsQTildeOnlyWhenAFormulaReadsIt() {
    ERiderOptions digital = ERiderOptions.digitalReference();
    TrainingResult mixOnly = erider(1, digital.withMixedReference(
        ERiderOptions.Reference.ANALOG_Q_TILDE));
    assertThat(mixOnly.pulses().programming()).isEqualTo(1);
    assertThat(mixOnly.finalW()[0]).isCloseTo(secondW(-1, Q1, Q1, true), offset(1e-15));
    TrainingResult transferOnly = erider(1, digital.withTransferReference(
        ERiderOptions.Reference.ANALOG_Q_TILDE));
    assertThat(transferOnly.pulses().programming()).isEqualTo(1);
    assertThat(transferOnly.finalW()[0]).isCloseTo(secondW(-1, Q1, Q1, true), offset(1e-15));
    TrainingResult none = erider(1, digital);
    assertThat(none.pulses().programming()).isZero();
    assertThat(none.finalW()[0]).isCloseTo(secondW(-1, Q1, Q1, true), offset(1e-15));
  }

  /**
   * The package's mutation switch for verification: RIDER whose transfer reads beta P_1 instead
   * of beta (P_1 - Q_0) gives W_1 = 0.3 + 0.074 - 0.074 (0.3 + 0.1)/2 and says so in its
   * parameters.
   */
  @Test
  void aMutatedTransferIsAppliedAndReported() {
    Rider r = new Rider(wSquared(), array(SP_P, 1, P0), array(SP_W, TAU_W, W0), new double[] {Q0},
        STEPS, RandomStreams.of(2));
    r.mutate(ResidualTrainer.Mutation.TRANSFER_P_NOT_RESIDUAL);
    TrainingResult t = r.run(RunSettings.of(1, 1));
    assertThat(t.finalW()[0]).isCloseTo(0.3 + 0.074 - 0.074 * 0.4 / 2, offset(1e-15));
    assertThat(t.parameters()).containsEntry("mutation", "TRANSFER_P_NOT_RESIDUAL");
  }

  /**
   * Q-tilde programmed with write noise s: Q-tilde = Q_1 + s xi, xi the first normal of the run's
   * {@code RandomStreams.WRITE_NOISE} stream, read by W-bar and (18b) at step 1.
   */
  @Test
  void eriderProgramsQTildeWithWriteNoiseFromItsOwnStream() {
    double s = 0.05;
    double qTilde = Q1 + s * RandomStreams.of(2).stream(RandomStreams.WRITE_NOISE).nextGaussian();
    TrainingResult r = erider(1, ERiderOptions.defaults().withQTildeWriteNoise(s));
    assertThat(r.finalW()[0]).isCloseTo(secondW(-1, qTilde, qTilde, true), offset(1e-15));
    assertThat(r.parameters()).containsEntry("qTildeWriteNoise", s).containsEntry("chopProb", 1.0);
  }

  /** The parameters a run reports: the step sizes, then the run settings, nothing else. */
  @Test
  void runsReportTheirParameters() {
    TrainingResult r = rider(array(SP_P, 1, P0), 1);
    assertThat(r.parameters()).containsExactly(java.util.Map.entry("lr", ALPHA),
        java.util.Map.entry("beta", BETA), java.util.Map.entry("eta", ETA),
        java.util.Map.entry("gamma", GAMMA), java.util.Map.entry("iters", 1L),
        java.util.Map.entry("stride", 1L), java.util.Map.entry("bitLength", RunSettings.of(1, 1)
            .bitLength()));
    assertThat(erider(0, ERiderOptions.digitalReference()).parameters())
        .containsEntry("chopTransfer", true).containsEntry("mixedReference", "DIGITAL_Q")
        .containsEntry("transferReference", "DIGITAL_Q").doesNotContainKey("mutation");
  }

  /** Analog SGD, eq. (2): W_1 = W_0 - alpha g - alpha |g| G(W_0) with g = 2 W_0 = 0.6. */
  @Test
  void analogSgdStepIsEquationTwo() {
    AnalogArray w = array(SP_W, TAU_W, W0);
    TrainingResult r = new AnalogSgd(wSquared(), w, ALPHA, RandomStreams.of(2))
        .run(RunSettings.of(1, 1));
    assertThat(r.finalW()[0]).isCloseTo(0.3 - 0.06 - 0.06 * 0.4 / 2, offset(1e-15));
    assertThat(r.parameters()).containsEntry("lr", ALPHA);
  }

  /** Eq. (12) element-wise, and its endpoints: eta = 0 freezes Q, eta = 1 copies P. */
  @Test
  void referenceEmaIsEquationTwelve() {
    double[] q = {0.1, -2};
    ReferenceEma.step(q, new double[] {0.5, 1}, 0.25);
    assertThat(q[0]).isCloseTo(0.75 * 0.1 + 0.25 * 0.5, offset(1e-16));
    assertThat(q[1]).isCloseTo(-1.25, offset(1e-16));
    double[] before = q.clone();
    ReferenceEma.step(q, new double[] {7, 7}, 0);
    assertThat(q).containsExactly(before);
    ReferenceEma.step(q, new double[] {7, 8}, 1);
    assertThat(q).containsExactly(7, 8);
  }
}
