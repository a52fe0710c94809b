package io.github.rider.verification.rider;

import io.github.rider.algorithms.Rider;
import io.github.rider.algorithms.RunSettings;
import io.github.rider.algorithms.StepSizes;
import io.github.rider.algorithms.TrainingResult;
import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.verification.internal.ForwardingObjective;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * RIDER as users run it: the algorithms module's {@link Rider} on two {@link MeanFieldArray}s
 * (P and W, noise rule {@link MeanFieldUpdate}, noise from the {@code CYCLE_TO_CYCLE} streams 0 and
 * 1). What (72) talks about is observed through the objective: {@link Rider} asks for the
 * gradient at W-bar_k = W_k + gamma (P_k - Q_k) exactly once per iteration, while the arrays hold
 * P_k and W_k; the last term (k = K) comes from the result's W_K, Q_K and the P array.
 */
public final class ProductionRider implements RiderImplementation {

  /** dw_min of the trajectories' noise-free arrays (b = 0: it only enters the pulse counts). */
  private static final double TRAJECTORY_DW_MIN = 1e-3;

  /** The production RIDER. */
  public static final ProductionRider RIDER = new ProductionRider(Defect.NONE);

  /** Deliberate defects (mutants), built around the production class. */
  private enum Defect {
    NONE(""),
    /** Rider run with eta = 1: Q_{k+1} = P_{k+1}, the EMA (12) removed. */
    EMA_REMOVED(", EMA removed (eta = 1)"),
    /** The gradient taken at W_k instead of W-bar_k: gamma (P - Q) left out of the mixed weight. */
    GAMMA_DROPPED(", gradient at W instead of W-bar"),
    /** Rider run with 2 beta: the transfer rate of (11b) off by a factor 2. */
    BETA_DOUBLED(", transfer rate beta doubled");

    final String label;

    Defect(String label) {
      this.label = label;
    }
  }

  private final Defect defect;

  private ProductionRider(Defect defect) {
    this.defect = defect;
  }

  @Override
  public String name() {
    return "algorithms.Rider on MeanFieldArray" + defect.label;
  }

  /**
   * {@link Mutation#MISSING_EMA}: eta = 1; {@link Mutation#GAMMA_MISAPPLIED}: gradient at W, not W-bar;
   * {@link Mutation#STEP_SIZE_DOUBLED}: 2 beta.
   */
  @Override
  public RiderImplementation mutant(Mutation m) {
    return switch (m) {
      case MISSING_EMA -> new ProductionRider(Defect.EMA_REMOVED);
      case GAMMA_MISAPPLIED -> new ProductionRider(Defect.GAMMA_DROPPED);
      case STEP_SIZE_DOUBLED -> new ProductionRider(Defect.BETA_DOUBLED);
      default -> throw new IllegalArgumentException(name() + " has no mutant " + m);
    };
  }

  @Override
  public RiderRun run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps,
      long k, double dwMin, double noiseFactor, RandomStreams streams) {
    int d = f.dimension();
    if (pDev.length != d || wDev.length != d) {
      throw new IllegalArgumentException("one P and one W device per coordinate (" + d + ") required");
    }
    MeanFieldUpdate rule = new MeanFieldUpdate(noiseFactor);
    AnalogArray p = MeanFieldArray.of(pDev, dwMin, new double[d], rule,
        noiseFactor > 0 ? streams.stream(RandomStreams.CYCLE_TO_CYCLE, 0) : null);
    AnalogArray w = MeanFieldArray.of(wDev, dwMin, new double[d], rule,
        noiseFactor > 0 ? streams.stream(RandomStreams.CYCLE_TO_CYCLE, 1) : null);
    Observed obs = new Observed(f, p, w, pDev, steps.gamma(), defect == Defect.GAMMA_DROPPED);
    TrainingResult r = train(obs, p, w, new double[d], steps, k, streams);
    if (r.diverged()) {
      return new RiderRun(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double[] wBar = r.finalW().clone();
    for (int i = 0; i < d; i++) {
      wBar[i] += steps.gamma() * (p.read(i) - r.finalQ()[i]);
    }
    obs.record(wBar);
    double last = 0;
    double[] opt = f.optimum();
    for (int i = 0; i < d; i++) {
      last += (obs.wBuf[i] - opt[i]) * (obs.wBuf[i] - opt[i]);
    }
    return new RiderRun(obs.gap / k, obs.pStar / k, obs.gp / k, last, obs.pMin, obs.pMax, obs.wMin, obs.wMax);
  }

  @Override
  public void trajectory(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps,
      RiderState start, long n, RandomStreams streams, StateVisitor visitor) {
    int d = start.requireDimensionOf(f, pDev, wDev);
    AnalogArray p = MeanFieldArray.of(pDev, TRAJECTORY_DW_MIN, start.p(), MeanFieldUpdate.NOISE_FREE, null);
    AnalogArray w = MeanFieldArray.of(wDev, TRAJECTORY_DW_MIN, start.w(), MeanFieldUpdate.NOISE_FREE, null);
    double[] wk = new double[d];
    double[] pk = new double[d];
    double[] qk = new double[d];
    long[] seen = {0};
    // Q_k is not on an array: it is recovered from the mixed weight the algorithm asks a gradient at
    ForwardingObjective recorder = new ForwardingObjective(f) {
      @Override
      public void stochasticGradient(double[] wBar, RandomGenerator rng, double[] out) {
        w.read(wk);
        p.read(pk);
        for (int i = 0; i < d; i++) {
          qk[i] = pk[i] - (wBar[i] - wk[i]) / steps.gamma();
        }
        visitor.visit(seen[0]++, wk, pk, qk);
        f.stochasticGradient(defect == Defect.GAMMA_DROPPED ? wk : wBar, rng, out);
      }
    };
    TrainingResult r = train(recorder, p, w, start.q(), steps, n, streams);
    if (r.diverged() || seen[0] != n) {
      throw new IllegalStateException("RIDER stopped after " + seen[0] + " of " + n + " iterations: " + r.divergence());
    }
    p.read(pk);
    visitor.visit(n, r.finalW(), pk, r.finalQ());
  }

  /** K iterations of the production {@link Rider} with this defect's step sizes. */
  private TrainingResult train(Objective obs, AnalogArray p, AnalogArray w, double[] q0, StepSizes steps, long k,
      RandomStreams streams) {
    StepSizes used = switch (defect) {
      case EMA_REMOVED -> steps.withEta(1);
      case BETA_DOUBLED -> steps.withBeta(2 * steps.beta());
      default -> steps;
    };
    return new Rider(obs, p, w, q0, used, streams).run(new RunSettings(k, Math.max(1, k), 1));
  }

  /** The objective f that records the terms of (72) whenever the algorithm asks for a gradient. */
  private static final class Observed extends ForwardingObjective {
    private final PlantedQuadratic quadratic;
    private final AnalogArray p;
    private final AnalogArray w;
    private final ResponseFunction[] pDev;
    private final double gamma;
    private final boolean gradientAtW;
    private final double[] opt;
    final double[] pBuf;
    final double[] wBuf;
    double gap;
    double pStar;
    double gp;
    double pMin;
    double pMax;
    double wMin;
    double wMax;

    Observed(PlantedQuadratic f, AnalogArray p, AnalogArray w, ResponseFunction[] pDev, double gamma,
        boolean gradientAtW) {
      super(f);
      this.quadratic = f;
      this.p = p;
      this.w = w;
      this.pDev = pDev;
      this.gamma = gamma;
      this.gradientAtW = gradientAtW;
      this.opt = quadratic.optimum();
      this.pBuf = new double[quadratic.dimension()];
      this.wBuf = new double[quadratic.dimension()];
    }

    /** The k-th terms of (72) at W-bar_k, with W_k and P_k read from the arrays (into wBuf, pBuf). */
    void record(double[] wBar) {
      w.read(wBuf);
      p.read(pBuf);
      gap += quadratic.gap(wBar);
      double dist = 0;
      for (int i = 0; i < opt.length; i++) {
        double e = wBuf[i] - opt[i];
        dist += e * e;
        double g = pDev[i].g(pBuf[i]);
        gp += g * g;
        pMin = Math.min(pMin, pBuf[i]);
        pMax = Math.max(pMax, pBuf[i]);
        wMin = Math.min(wMin, wBuf[i]);
        wMax = Math.max(wMax, wBuf[i]);
      }
      pStar += dist / (gamma * gamma);
    }

    @Override
    public void stochasticGradient(double[] wBar, RandomGenerator rng, double[] out) {
      record(wBar);
      quadratic.stochasticGradient(gradientAtW ? wBuf : wBar, rng, out);
    }
  }
}
