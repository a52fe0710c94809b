package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The run loop every algorithm shares, against the documented contract of {@link TrainingResult}
 * and {@link PulseCounts}: saturation (every element of a trained array within one dw_min of a
 * bound of its response, ends included), divergence found in the loop or at the last iterate, and
 * pulse accounting that counts only what the run itself fired, programmed and calibrated.
 */
class RunLoopContractTest {

  /** The linear device (103) with alpha_+- = tau = 1: range [-1, 1], symmetric point 0. */
  private static final ResponseFunction UNIT = new LinearResponse(1, 1, 1, 1);
  /** dw_min = 1/4, so the saturation thresholds -3/4 and 3/4 are exact doubles. */
  private static final double DW_MIN = 0.25;

  /** f(W) = ||W - W*||^2 (mu = L = 2, no gradient noise), W*_d ~ N(0, scale^2). */
  private static StronglyConvexQuadratic quadratic(int dim, double scale) {
    return StronglyConvexQuadratic.of(dim, 2, 1, 0, scale, RandomStreams.of(1).stream("optimum"));
  }

  private static StronglyConvexQuadratic quadratic(int dim) {
    return quadratic(dim, 0);
  }

  private static MeanFieldArray array(double... w0) {
    ResponseFunction[] r = new ResponseFunction[w0.length];
    java.util.Arrays.fill(r, UNIT);
    return MeanFieldArray.of(r, DW_MIN, w0, null);
  }

  /** The saturation verdict of a run of 0 iterations of Analog SGD on W_0. */
  private static String saturationAt(double... w0) {
    return new AnalogSgd(quadratic(w0.length), array(w0), 0.1, RandomStreams.of(2))
        .run(RunSettings.of(0, 1)).saturation();
  }

  @Test
  void saturationCountsTheThresholdOneDwMinFromEachBoundAsPinned() {
    assertThat(saturationAt(-0.75)).isEqualTo(
        "all 1 weights of trained array 0 pinned at the bounds of their response after iteration 0");
    assertThat(saturationAt(0.75)).startsWith("all 1 weights");
    assertThat(saturationAt(Math.nextUp(-0.75))).isEmpty();
    assertThat(saturationAt(Math.nextDown(0.75))).isEmpty();
    assertThat(saturationAt(-1, 1, 0.9)).startsWith("all 3 weights");
  }

  @Test
  void saturationNeedsEveryElementOfAnArrayPinned() {
    assertThat(saturationAt(-1, 0)).isEmpty();
    assertThat(saturationAt(0, 1)).isEmpty();
    assertThat(saturationAt(0, 0.5, 1)).isEmpty();
  }

  /**
   * RIDER trains P (array 0) and W (array 1): a W pinned at both ends is reported as array 1, at
   * the iteration the run ended; P near its symmetric point is not pinned.
   */
  @Test
  void saturationNamesTheArrayAndTheLastIteration() {
    MeanFieldArray p = array(0, 0);
    MeanFieldArray w = array(-1, 1);
    TrainingResult r = new Rider(quadratic(2), p, w, new double[2],
        new StepSizes(1e-6, 1e-6, 0.5, 0), RandomStreams.of(2)).run(RunSettings.of(3, 1));
    assertThat(r.saturation()).isEqualTo(
        "all 2 weights of trained array 1 pinned at the bounds of their response after iteration 3");
    assertThat(r.divergedOrSaturated()).isTrue();
    assertThat(r.diverged()).isFalse();
    assertThat(r.divergenceOrSaturation()).isEqualTo(r.saturation());
  }

  /**
   * Digital SGD on f(W) = W^2 with alpha = 1e100 multiplies W by (1 - 2 alpha) per step: from
   * W_0 = 0.3, ||W_1||^2 = 3.6e199 is finite and ||W_2||^2 overflows. K = 5 stops inside the loop
   * at iteration 2; K = 2 runs both steps and finds the overflow at the last iterate.
   */
  @Test
  void divergenceIsFoundInTheLoopAndAtTheLastIterate() {
    TrainingResult inLoop = digitalSgd(5);
    assertThat(inLoop.diverged()).isTrue();
    assertThat(inLoop.iterations()).isEqualTo(2);
    assertThat(inLoop.divergence()).isEqualTo("non-finite metrics at iteration 2");
    assertThat(inLoop.history()).extracting(Metrics::iteration).containsExactly(0L, 1L, 2L);

    TrainingResult atEnd = digitalSgd(2);
    assertThat(atEnd.diverged()).isTrue();
    assertThat(atEnd.iterations()).isEqualTo(2);
    assertThat(atEnd.divergence()).isEqualTo("non-finite ||W - W*||^2 at iteration 2");
    assertThat(atEnd.divergenceOrSaturation()).isEqualTo(atEnd.divergence());

    TrainingResult finite = digitalSgd(1);
    assertThat(finite.diverged()).isFalse();
    assertThat(finite.divergence()).isEmpty();
    assertThat(finite.finalMetrics().distSq()).isEqualTo(3.6e199, org.assertj.core.data.Offset
        .offset(1e186));
  }

  private static TrainingResult digitalSgd(long k) {
    StronglyConvexQuadratic f = quadratic(1);
    double[] w0 = {0.3 + f.optimum()[0]};
    return new DigitalSgd(f, w0, 1e100, RandomStreams.of(2)).run(RunSettings.of(k, 1));
  }

  /**
   * Two-stage residual learning on arrays that were pulsed and programmed before the run: the
   * counts are the run's own. Calibration is the N ZS pulses per element (N cycles); training
   * is what P and W fired (and their slots) after calibration; programming before the run is not
   * counted; the nominal count is K x BL x 2 arrays. W* is away from 0, so every step pulses.
   */
  @Test
  void pulseCountsAreTheRunsOwn() {
    int dim = 3;
    MeanFieldArray p = array(0.1, -0.2, 0.3);
    MeanFieldArray w = array(0, 0, 0);
    p.pulseOnce(new int[] {1, 1, -1});
    p.program(new double[] {0.1, -0.2, 0.3});
    w.pulseOnce(new int[] {1, 0, 0});
    w.update(new double[] {0.3, 0.6, 0.1});
    w.program(new double[] {0, 0, 0});
    long pFired = p.pulsesFired();
    long pCycles = p.pulseCycles();
    long wFired = w.pulsesFired();
    long wCycles = w.pulseCycles();
    assertThat(pFired).isEqualTo(3);
    assertThat(wFired).isEqualTo(1 + 2 + 3 + 1);
    assertThat(wCycles).isEqualTo(1 + 3);

    long n = 40;
    long k = 25;
    TwoStageResidualLearning t = new TwoStageResidualLearning(quadratic(dim, 0.5), p, w, n,
        ZeroShifting.Variant.CYCLIC, new StepSizes(0.05, 0.05, 0.5, 0.5), RandomStreams.of(4));
    TrainingResult r = t.run(new RunSettings(k, 5, 7));
    PulseCounts c = r.pulses();
    assertThat(c.calibration()).isEqualTo(n * dim);
    assertThat(c.calibrationCycles()).isEqualTo(n);
    assertThat(c.training()).isEqualTo(
        p.pulsesFired() - pFired - n * dim + w.pulsesFired() - wFired);
    assertThat(c.trainingCycles()).isEqualTo(
        p.pulseCycles() - pCycles - n + w.pulseCycles() - wCycles);
    assertThat(c.training()).isGreaterThan(c.trainingCycles());
    assertThat(c.trainingNominal()).isEqualTo(k * 7 * 2);
    assertThat(c.programming()).isZero();
  }

  /**
   * The metrics of the strided history at the iterates it keeps: f(W_k) = ||W_k||^2 (f = W^2,
   * W* = 0 on the one-element quadratic with mu = 2) at every recorded iterate, including the
   * last, and ||Q_k - SP(P)||^2 with P's symmetric point 0 and Q_0 = 0.2.
   */
  @Test
  void historyRecordsTheObjectiveAndTheReferenceOffset() {
    StronglyConvexQuadratic f = quadratic(1);
    double wStar = f.optimum()[0];
    MeanFieldArray p = array(0.4);
    MeanFieldArray w = array(wStar + 0.5);
    TrainingResult r = new Rider(f, p, w, new double[] {0.2}, new StepSizes(0.01, 0.02, 0.3, 0.5),
        RandomStreams.of(2)).run(RunSettings.of(4, 2));
    assertThat(r.history()).extracting(Metrics::iteration).containsExactly(0L, 2L, 4L);
    Metrics first = r.history().get(0);
    assertThat(first.f()).isCloseTo(f.value(new double[] {wStar + 0.5}),
        org.assertj.core.data.Offset.offset(1e-15));
    assertThat(first.distSq()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(first.qMinusSpSq()).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(first.pMinusQSq()).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(first.gpSq()).isCloseTo(0.16, org.assertj.core.data.Offset.offset(1e-15));
    // the same noise-free run stopped at K = 2: the stride-2 history's f at k = 2 is f(W_2)
    TrainingResult two = new Rider(f, array(0.4), array(wStar + 0.5), new double[] {0.2},
        new StepSizes(0.01, 0.02, 0.3, 0.5), RandomStreams.of(2)).run(RunSettings.of(2, 1));
    assertThat(r.history().get(1).f()).isEqualTo(f.value(two.finalW()));
    Metrics last = r.finalMetrics();
    assertThat(last.f()).isCloseTo(f.value(r.finalW()), org.assertj.core.data.Offset.offset(1e-15));
    double q = r.finalQ()[0];
    assertThat(last.qMinusSpSq()).isCloseTo(q * q, org.assertj.core.data.Offset.offset(1e-15));
  }
}
