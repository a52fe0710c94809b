package io.github.rider.verification.rider;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * The independent oracle of RIDER (Algorithm 2, arXiv 2602.21321 §2.3) in the mean-field model, written
 * without the algorithms module's trainer code:
 *
 * <pre>
 *   W_bar_k = W_k + gamma (P_k - Q_k),   g_k = grad f(W_bar_k; xi_k)
 *   P_{k+1} = P_k - alpha g_k (.) F_p(P_k) - alpha |g_k| (.) G_p(P_k) + b_k          (11a)
 *   Q_{k+1} = (1 - eta) Q_k + eta P_{k+1}                                          (12)
 *   W_{k+1} = W_k + beta (P_{k+1} - Q_k) (.) F_w(W_k) - beta |P_{k+1} - Q_k| (.) G_w(W_k) + b'_k   (11b)
 * </pre>
 *
 * through {@link MeanFieldUpdate} (b ~ N(0, c |dW| dw_min), Assumption 3.4; c = 0 is the dw_min
 * &rarr; 0 limit), gradient samples from the {@code GRADIENT_NOISE} stream and the noise b of P and
 * W from the {@code CYCLE_TO_CYCLE} streams 0 and 1, as {@link ProductionRider} draws them. It
 * records, per iteration k = 0..K, the terms of the left side of (72). Tied to the production
 * implementation by an equivalence test.
 */
public final class RiderSimulation implements RiderImplementation {

  /** The oracle. */
  public static final RiderSimulation ORACLE = new RiderSimulation();

  private RiderSimulation() {}

  @Override
  public String name() {
    return "verification's independent RIDER loop (oracle)";
  }

  @Override
  public RiderImplementation mutant(Mutation m) {
    throw new IllegalArgumentException("the oracle has no mutants; mutants are of the production code");
  }

  @Override
  public void trajectory(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes s,
      RiderState start, long n, RandomStreams streams, StateVisitor visitor) {
    int d = start.requireDimensionOf(f, pDev, wDev);
    RandomGenerator gradients = streams.stream(RandomStreams.GRADIENT_NOISE);
    MeanFieldUpdate update = MeanFieldUpdate.NOISE_FREE;
    double[] w = start.w();
    double[] p = start.p();
    double[] q = start.q();
    double[] wBar = new double[d];
    double[] g = new double[d];
    for (long it = 0; it < n; it++) {
      visitor.visit(it, w, p, q);
      for (int i = 0; i < d; i++) {
        wBar[i] = w[i] + s.gamma() * (p[i] - q[i]);
      }
      f.stochasticGradient(wBar, gradients, g);
      for (int i = 0; i < d; i++) {
        double pNew = update.apply(pDev[i], p[i], -s.alpha() * g[i], 1, null);
        w[i] = update.apply(wDev[i], w[i], s.beta() * (pNew - q[i]), 1, null);
        q[i] = (1 - s.eta()) * q[i] + s.eta() * pNew;
        p[i] = pNew;
      }
    }
    visitor.visit(n, w, p, q);
  }

  @Override
  public RiderRun run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes s, long k,
      double dwMin, double noiseFactor, RandomStreams streams) {
    int d = f.dimension();
    if (pDev.length != d || wDev.length != d) {
      throw new IllegalArgumentException("one P and one W device per coordinate (" + d + ") required");
    }
    RandomGenerator gradients = streams.stream(RandomStreams.GRADIENT_NOISE);
    RandomGenerator pNoise = streams.stream(RandomStreams.CYCLE_TO_CYCLE, 0);
    RandomGenerator wNoise = streams.stream(RandomStreams.CYCLE_TO_CYCLE, 1);
    MeanFieldUpdate update = new MeanFieldUpdate(noiseFactor);
    double[] w = new double[d];
    double[] p = new double[d];
    double[] q = new double[d];
    double[] wBar = new double[d];
    double[] g = new double[d];
    double[] pNew = new double[d];
    double[] opt = f.optimum();
    double gap = 0;
    double pStar = 0;
    double gp = 0;
    double pMin = 0;
    double pMax = 0;
    double wMin = 0;
    double wMax = 0;
    for (long it = 0; it <= k; it++) {
      double dist = 0;
      for (int i = 0; i < d; i++) {
        wBar[i] = w[i] + s.gamma() * (p[i] - q[i]);
        double e = w[i] - opt[i];
        dist += e * e;
        double gpi = pDev[i].g(p[i]);
        gp += gpi * gpi;
      }
      gap += f.gap(wBar);
      pStar += dist / (s.gamma() * s.gamma());
      if (it == k) {
        break;
      }
      f.stochasticGradient(wBar, gradients, g);
      for (int i = 0; i < d; i++) {
        pNew[i] = update.apply(pDev[i], p[i], -s.alpha() * g[i], dwMin, pNoise);
      }
      for (int i = 0; i < d; i++) {
        w[i] = update.apply(wDev[i], w[i], s.beta() * (pNew[i] - q[i]), dwMin, wNoise);
        q[i] = (1 - s.eta()) * q[i] + s.eta() * pNew[i];
        p[i] = pNew[i];
        pMin = Math.min(pMin, p[i]);
        pMax = Math.max(pMax, p[i]);
        wMin = Math.min(wMin, w[i]);
        wMax = Math.max(wMax, w[i]);
      }
    }
    double last = 0;
    for (int i = 0; i < d; i++) {
      last += (w[i] - opt[i]) * (w[i] - opt[i]);
    }
    return new RiderRun(gap / k, pStar / k, gp / k, last, pMin, pMax, wMin, wMax);
  }
}
