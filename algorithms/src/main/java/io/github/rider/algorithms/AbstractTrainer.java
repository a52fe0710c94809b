package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.algorithms.problem.Vectors;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The run loop shared by every algorithm: optional calibration, K steps, metrics of eq. (14) at
 * every iterate (E_K) and at a stride (history), pulse accounting. Stochastic gradients come from
 * the {@code RandomStreams.GRADIENT_NOISE} stream of the run's seed, so all algorithms on one
 * seed see the same sample sequence as long as they draw the same number of samples.
 */
abstract class AbstractTrainer implements TrainingAlgorithm {

  final Objective objective;
  final RandomStreams streams;
  final RandomGenerator gradientRng;
  private final double[] wStar;
  private final double[] w;
  private double[] pBuf;
  private boolean used;

  AbstractTrainer(Objective objective, RandomStreams streams) {
    this.objective = objective;
    this.streams = streams;
    this.gradientRng = streams.stream(RandomStreams.GRADIENT_NOISE);
    this.wStar = objective.optimum();
    this.w = new double[objective.dimension()];
  }

  /** One iteration k. */
  abstract void step(long k);

  /** Copies W_k into {@code out}. */
  abstract void readW(double[] out);

  /** Analog arrays updated by training (for pulse counts). */
  abstract AnalogArray[] trainedArrays();

  /** The P array, or null. */
  AnalogArray pArray() {
    return null;
  }

  /** The reference Q_k in use, or null. */
  double[] reference() {
    return null;
  }

  /** Calibration before training (two-stage: ZS); default none. */
  void calibrate() {}

  /** Element writes by weight programming so far. */
  long programmedElements() {
    return 0;
  }

  /** The algorithm's own parameters, added to the result. */
  abstract void describe(Map<String, Object> out);

  static void checkSize(String name, AnalogArray a, int dim) {
    if (a.size() != dim) {
      throw new IllegalArgumentException(name + " array must have " + dim
          + " elements (the objective's dimension), had " + a.size());
    }
  }

  @Override
  public final TrainingResult run(RunSettings settings) {
    if (used) {
      throw new IllegalStateException(name() + " has already been run; build a new instance");
    }
    used = true;
    AnalogArray p = pArray();
    long cal0 = p == null ? 0 : p.pulsesFired();
    long calC0 = p == null ? 0 : p.pulseCycles();
    calibrate();
    long calibration = p == null ? 0 : p.pulsesFired() - cal0;
    long calibrationCycles = p == null ? 0 : p.pulseCycles() - calC0;
    long fired0 = sum(true);
    long cycles0 = sum(false);
    long prog0 = programmedElements();

    List<Metrics> history = new ArrayList<>();
    double sum = 0;
    long k = 0;
    String divergence = "";
    for (; k < settings.iterations(); k++) {
      Metrics m = measure(k, k % settings.stride() == 0, k == 0 ? Double.NaN : sum / k);
      double term = m.distSq() + zeroIfNaN(m.pMinusQSq()) + zeroIfNaN(m.gpSq());
      if (!Double.isFinite(term)) {
        divergence = "non-finite metrics at iteration " + k;
        break;
      }
      if (k % settings.stride() == 0) {
        history.add(m);
      }
      sum += term;
      step(k);
    }
    Metrics last = measure(k, true, k == 0 ? Double.NaN : sum / k);
    if (divergence.isEmpty() && !Double.isFinite(last.distSq())) {
      divergence = "non-finite ||W - W*||^2 at iteration " + k;
    }
    String saturation = pinned(k);
    if (history.isEmpty() || history.get(history.size() - 1).iteration() != k) {
      history.add(last);
    }
    PulseCounts pulses = new PulseCounts(calibration, calibrationCycles, sum(true) - fired0,
        sum(false) - cycles0, k * settings.bitLength() * trainedArrays().length,
        programmedElements() - prog0);
    Map<String, Object> params = new LinkedHashMap<>();
    describe(params);
    params.put("iters", settings.iterations());
    params.put("stride", settings.stride());
    params.put("bitLength", settings.bitLength());
    double[] wK = new double[w.length];
    readW(wK);
    double[] q = reference();
    return new TrainingResult(name(), objective.name(), params, streams.seed(), k,
        !divergence.isEmpty(), divergence, saturation, last,
        history, pulses, wK, q == null ? null : q.clone());
  }

  /**
   * Divergence by saturation: a trained array all of whose elements are within one dw_min of a
   * bound of their response ("pinned at the bounds") after iteration k; "" when none is.
   */
  private String pinned(long k) {
    AnalogArray[] arrays = trainedArrays();
    for (int a = 0; a < arrays.length; a++) {
      AnalogArray x = arrays[a];
      int atBound = 0;
      for (int i = 0; i < x.size(); i++) {
        double v = x.read(i);
        ResponseFunction r = x.response(i);
        if (v <= r.wMin() + x.dwMin() || v >= r.wMax() - x.dwMin()) {
          atBound++;
        }
      }
      if (x.size() > 0 && atBound == x.size()) {
        return "all " + x.size() + " weights of trained array " + a
            + " pinned at the bounds of their response after iteration " + k;
      }
    }
    return "";
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private long sum(boolean fired) {
    long s = 0;
    for (AnalogArray a : trainedArrays()) {
      s += fired ? a.pulsesFired() : a.pulseCycles();
    }
    return s;
  }

  private Metrics measure(long k, boolean withF, double eK) {
    readW(w);
    double dist = Vectors.distanceSquared(w, wStar);
    double f = withF ? objective.value(w) : Double.NaN;
    AnalogArray p = pArray();
    double[] q = reference();
    if (p == null || q == null) {
      return new Metrics(k, f, dist, Double.NaN, Double.NaN, Double.NaN, eK);
    }
    if (pBuf == null) {
      pBuf = new double[p.size()];
    }
    p.read(pBuf);
    double gp = 0;
    double qsp = 0;
    for (int i = 0; i < pBuf.length; i++) {
      double g = p.response(i).g(pBuf[i]);
      gp += g * g;
      double e = q[i] - p.symmetricPoint(i);
      qsp += e * e;
    }
    return new Metrics(k, f, dist, Vectors.distanceSquared(pBuf, q), gp, qsp, eK);
  }
}
