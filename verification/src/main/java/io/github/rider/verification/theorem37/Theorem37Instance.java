package io.github.rider.verification.theorem37;

import io.github.rider.algorithms.Rider;
import io.github.rider.algorithms.RunSettings;
import io.github.rider.algorithms.StepSizes;
import io.github.rider.algorithms.TrainingResult;
import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.StochasticRounding;
import io.github.rider.device.response.ConstantStepResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ProblemConstants;
import io.github.rider.theory.RiderConstraint;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.theory.Theorem3_7RiderConvergence;
import io.github.rider.theory.Theorem3_7RiderConvergence.Interval;
import io.github.rider.verification.contract.DeviceContract;
import io.github.rider.verification.stat.MonteCarloEstimate;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-dimensional instance of Theorem 3.7 (arXiv 2602.21321) and RIDER (Algorithm 2) on it.
 *
 * <ul>
 *   <li>f(W) = (mu/2) W^2 (W* = 0, L = mu), stochastic gradient grad f(W) + s xi, xi ~ N(0, 1):
 *       Assumptions 3.1-3.3 with sigma = s; Assumption 3.6 with C* = s sqrt(2/pi), because
 *       E|m + s xi| &gt;= E|s xi| for every m (production {@code StronglyConvexQuadratic}, D = 1);
 *   <li>P device: the paper's linear device (103) with alpha_+- = 1 +- rho, tau_max = tau_min =
 *       tau: G_p(P) = (P - rho tau)/tau, SP rho tau, F_p(P) = 1 - rho P/tau;
 *   <li>W device: a symmetric constant-step device, q_+ = q_- = 1 (F_w = 1, G_w = 0);
 *   <li>q_min, q_max of Definition 2.1 taken over the P box [pLo, pHi] (which must contain P's SP
 *       and every P_k of the runs) and W's range.
 * </ul>
 *
 * The runs use the production {@link Rider} on {@link MeanFieldArray}s (eq. 2 with b = 0, or with
 * Assumption 3.4's b ~ N(0, |dW| dw_min)), from W_0 = w0, P_0 = Q_0 = p0; step sizes
 * {@link Theorem3_7RiderConvergence#prescribe} with alpha = c/sqrt(K).
 *
 * @param name     short label
 * @param mu       mu = L
 * @param noiseStd s = sigma
 * @param rho      asymmetry of P's device, alpha_+- = 1 +- rho
 * @param tau      tau_max = tau_min of P's device
 * @param pLo      lower end of P's box
 * @param pHi      upper end of P's box
 * @param gamma    residual parameter gamma
 * @param w0       W_0
 * @param p0       P_0 = Q_0
 */
public record Theorem37Instance(String name, double mu, double noiseStd, double rho, double tau, double pLo,
    double pHi, double gamma, double w0, double p0) {

  /** dw_min carried by the device constants of the noise-free runs (no Theta(dw_min) term is used there). */
  static final double NOMINAL_DW_MIN = 1e-3;
  /** Confidence of the one-sided bounds on replica means. */
  static final double FALSE_ALARM = 1e-3;

  public Theorem37Instance {
    if (!(pLo < pHi) || !(pLo <= p0 && p0 <= pHi) || !(pLo <= rho * tau && rho * tau <= pHi)) {
      throw new IllegalArgumentException("P's box must contain P_0 and P's SP");
    }
  }

  /** The instance of the dossier: mu = 100, s = 0.1, rho = 0.05, tau = 4, gamma = 0.5, all starts 0. */
  public static Theorem37Instance smallest() {
    return new Theorem37Instance("smallest", 100, 0.1, 0.05, 4, -0.05, 0.25, 0.5, 0, 0);
  }

  /** The same problem started at P's SP with W_0 = -0.05: RIDER leaves the SP. */
  public static Theorem37Instance startAtSymmetricPoint() {
    return new Theorem37Instance("start at SP", 100, 0.1, 0.05, 4, 0.15, 0.35, 0.5, -0.05, 0.2);
  }

  public LinearResponse pDevice() {
    return new LinearResponse(1 + rho, 1 - rho, tau, tau);
  }

  public ConstantStepResponse wDevice() {
    return new ConstantStepResponse(1, 1, -1, 1);
  }

  /** P's SP, rho tau. */
  public double symmetricPoint() {
    return pDevice().symmetricPoint();
  }

  /** Definition 2.1's constants on P's box and W's range (dw_min = {@value #NOMINAL_DW_MIN}). */
  public DeviceConstants device() {
    LinearResponse pd = pDevice();
    double qMin = 1;
    double qMax = 1;
    for (double x : new double[] {pLo, pHi}) {
      qMin = Math.min(qMin, Math.min(pd.qPlus(x), pd.qMinus(x)));
      qMax = Math.max(qMax, Math.max(pd.qPlus(x), pd.qMinus(x)));
    }
    return DeviceConstants.of(NOMINAL_DW_MIN, qMin, qMax, 0, 1 / tau);
  }

  /** L = mu, mu, sigma = s, C* = s sqrt(2/pi). */
  public ProblemConstants problem() {
    return new ProblemConstants(mu, mu, noiseStd, noiseStd * Math.sqrt(2 / Math.PI));
  }

  /** C_1 = 10 beta gamma q_max^2/(alpha q_min^2), the same for every K (beta/alpha is fixed). */
  public double c1() {
    return Theorem3_7RiderConvergence.lyapunovC1(device(), reference());
  }

  /** The interval of C_2. */
  public Interval c2Interval() {
    return Theorem3_7RiderConvergence.lyapunovC2Interval(problem(), device());
  }

  /** phi(P_0) - phi* = int_{SP}^{P_0} G_p. */
  public double potentialGap() {
    return DeviceContract.potentialGap(pDevice(), symmetricPoint(), p0);
  }

  /** V_0 = f(W_bar_0) - f* + C_1 ||P*(W_0, Q_0) - Q_0||^2 + C_2 (phi(P_0) - phi*), W_bar_0 = W_0. */
  public double v0(double c2) {
    return mu / 2 * w0 * w0 + c1() * w0 * w0 / (gamma * gamma) + c2 * potentialGap();
  }

  /**
   * The c of alpha = c/sqrt(K) that minimises the explicit right side of (72) with V_0 at the
   * upper end of C_2: sqrt(V_0 / (5 L q_max^2 sigma^2)).
   */
  public double c() {
    double qMax = device().qMax();
    return Math.sqrt(v0(c2Interval().upper()) / (5 * mu * qMax * qMax * noiseStd * noiseStd));
  }

  /** Theorem 3.7's prescription at K with alpha = c/sqrt(K). */
  public RiderStepSizes steps(long k) {
    return Theorem3_7RiderConvergence.prescribe(problem(), device(), k, gamma, c());
  }

  /** Step sizes at K = 10^6 with c = 1: their ratios beta/alpha, eta/beta are those of every K. */
  private RiderStepSizes reference() {
    return Theorem3_7RiderConvergence.prescribe(problem(), device(), 1_000_000, gamma, 1);
  }

  /** The explicit right side of (72) at K with V_0 - V_K &lt;= V_0 (C_2 at its upper end, the largest). */
  public double bound(long k) {
    return Theorem3_7RiderConvergence.bound(problem(), device(), v0(c2Interval().upper()), steps(k).alpha(), k);
  }

  /** One checked condition of the theorem. */
  public record Condition(String name, String formula, double value, double limit, boolean holds) {}

  /** Every assumption of Theorem 3.7 that involves numbers, at iteration count K. */
  public List<Condition> conditions(long k) {
    ProblemConstants p = problem();
    DeviceConstants d = device();
    RiderStepSizes s = steps(k);
    List<Condition> out = new ArrayList<>();
    out.add(new Condition("Definition 2.1", "q_min > 0 on P's box and W's range", d.qMin(), 0, d.qMin() > 0));
    double cs = p.cStar();
    double derived = Theorem3_7RiderConvergence.cStarThresholdDerived(p, d);
    double printed = Theorem3_7RiderConvergence.cStarThresholdAsPrinted(p, d);
    out.add(new Condition("C* (derived)", "C* >= 4 sqrt(2) sigma kappa2^{3/2} / sqrt(mu)", cs, derived, cs >= derived));
    out.add(new Condition("C* (as printed)", "C* >= (4 sqrt(2) sigma / mu) kappa2^{3/2}", cs, printed, cs >= printed));
    Interval c2 = c2Interval();
    out.add(new Condition("C_2 interval", "4 sigma^2/(C* q_min) <= mu q_min^2 C*/(8 q_max^3)", c2.lower(), c2.upper(),
        !c2.isEmpty()));
    for (RiderConstraint c : RiderConstraint.values()) {
      out.add(new Condition(c.name(), c.formula(), c.value(s), c.limit(p, d, s), c.holds(p, d, s)));
    }
    return out;
  }

  /** True when every condition holds at K. */
  public boolean insideAssumptions(long k) {
    return conditions(k).stream().allMatch(Condition::holds);
  }

  /**
   * The stationary point of the noise-free mean field that RIDER reaches from (W_0, P_0 = Q_0):
   * P = Q = P_inf, W = W_bar = W_inf with grad f(W_inf) F_p(P_inf) + E|g| G_p(P_inf) = 0, and the
   * invariant beta (Q_k - Q_0) = eta (W_k - W_0) of the symmetric W device, so P_inf = p0 +
   * (eta/beta)(W_inf - w0).
   *
   * @param p        P_inf = Q_inf
   * @param w        W_inf
   * @param gp       G_p(P_inf)
   * @param lhsLimit the left side of (72) there: f(W_inf) - f* + C_1 W_inf^2/gamma^2 + G_p(P_inf)^2
   */
  public record Stationary(double p, double w, double gp, double lhsLimit) {}

  /** Solves for the stationary point (fixed-point iteration; both maps are contractions here). */
  public Stationary stationary() {
    RiderStepSizes s = reference();
    double ratio = s.eta() / s.beta();
    LinearResponse pd = pDevice();
    double p = p0;
    double x = 0;
    for (int i = 0; i < 100; i++) {
      double gf = pd.g(p) / pd.f(p);
      for (int j = 0; j < 100; j++) {
        double next = -FoldedNormal.mean(x, noiseStd) * gf;
        boolean done = Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x));
        x = next;
        if (done) {
          break;
        }
      }
      double next = p0 + ratio * (x / mu - w0);
      boolean done = Math.abs(next - p) <= 1e-15 * Math.max(1, Math.abs(p));
      p = next;
      if (done) {
        break;
      }
    }
    double w = x / mu;
    double gp = pd.g(p);
    return new Stationary(p, w, gp, mu / 2 * w * w + c1() * w * w / (gamma * gamma) + gp * gp);
  }

  /**
   * Replica statistics of one K.
   *
   * @param k       K
   * @param lhs     left side of (72), (1/K) sum_{k=0}^{K} [...], over replicas
   * @param bound   explicit right side of (72)
   * @param pK      mean P_K
   * @param wK      mean W_K
   * @param gpSqK   mean ||G_p(P_K)||^2
   * @param invariant largest |beta (Q_K - Q_0) - eta (W_K - W_0)| over replicas
   * @param pMin    smallest P_k seen
   * @param pMax    largest P_k seen
   * @param wMin    smallest W_k seen
   * @param wMax    largest W_k seen
   */
  public record RunStats(long k, MonteCarloEstimate lhs, double bound, double pK, double wK, double gpSqK,
      double invariant, double pMin, double pMax, double wMin, double wMax) {

    /** Whether the lower confidence bound of the left side exceeds the right side. */
    public boolean exceeds() {
      return lhs.lowerBound(FALSE_ALARM) > bound;
    }
  }

  /** How RIDER's desired increments reach the devices. */
  public enum Discretisation {
    /** Eq. (2) with b = 0 (the dw_min -&gt; 0 limit). */
    NONE,
    /** Eq. (2) with Assumption 3.4's b ~ N(0, |dW| dw_min) ({@link MeanFieldArray} with noise). */
    MEAN_FIELD,
    /** Pulses of dw_min with stochastic rounding of |dW|/dw_min, BL = 31 ({@link PulsedArray}). */
    PULSED
  }

  /**
   * Runs RIDER for K iterations, {@code replicas} times from seed; {@code dwMin} &gt; 0 adds
   * Assumption 3.4's discretisation noise b ~ N(0, |dW| dw_min) to both arrays, 0 runs noise-free.
   */
  public RunStats run(long k, int replicas, long seed, double dwMin) {
    return run(k, replicas, seed, dwMin > 0 ? Discretisation.MEAN_FIELD : Discretisation.NONE, dwMin);
  }

  /** Runs RIDER for K iterations, {@code replicas} times from seed, with the given discretisation. */
  public RunStats run(long k, int replicas, long seed, Discretisation how, double dwMin) {
    RiderStepSizes s = steps(k);
    double c1 = c1();
    double[] lhs = new double[replicas];
    double pk = 0;
    double wk = 0;
    double gpk = 0;
    double inv = 0;
    double pMin = Double.POSITIVE_INFINITY;
    double pMax = Double.NEGATIVE_INFINITY;
    double wMin = Double.POSITIVE_INFINITY;
    double wMax = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < replicas; r++) {
      RandomStreams streams = RandomStreams.of(seed).child("theorem-3.7/K" + k + "/dw" + dwMin
          + (how == Discretisation.PULSED ? "/pulsed" : ""), r);
      AnalogArray pa = array(pDevice(), p0, how, dwMin, streams, 0);
      AnalogArray wa = array(wDevice(), w0, how, dwMin, streams, 1);
      RecordingObjective f = RecordingObjective.recording(
          StronglyConvexQuadratic.of(1, mu, 1, noiseStd, 0, streams.stream(RandomStreams.DATA))).attach(pa, wa);
      TrainingResult res = new Rider(f, pa, wa, new double[] {p0}, StepSizes.of(s), streams)
          .run(RunSettings.of(k, k));
      double wK = res.finalW()[0];
      double qK = res.finalQ()[0];
      f.record(new double[] {wK + gamma * (pa.read(0) - qK)});
      lhs[r] = (f.gapSum + c1 * f.distSum / (gamma * gamma) + f.gpSum) / k;
      double gp = pDevice().g(pa.read(0));
      pk += pa.read(0) / replicas;
      wk += wK / replicas;
      gpk += gp * gp / replicas;
      inv = Math.max(inv, Math.abs(s.beta() * (qK - p0) - s.eta() * (wK - w0)));
      pMin = Math.min(pMin, f.pMin);
      pMax = Math.max(pMax, f.pMax);
      wMin = Math.min(wMin, f.wMin);
      wMax = Math.max(wMax, f.wMax);
    }
    return new RunStats(k, new MonteCarloEstimate(lhs), bound(k), pk, wk, gpk, inv, pMin, pMax, wMin, wMax);
  }

  private static AnalogArray array(ResponseFunction rf, double w0, Discretisation how, double dwMin,
      RandomStreams streams, int index) {
    ResponseFunction[] one = {rf};
    return switch (how) {
      case NONE -> MeanFieldArray.of(one, NOMINAL_DW_MIN, new double[] {w0}, null);
      case MEAN_FIELD -> MeanFieldArray.of(one, dwMin, new double[] {w0}, streams.stream(RandomStreams.PULSE_TRAIN, index));
      case PULSED -> {
        DeviceArray d = DeviceArray.of(one, dwMin, 0, false, streams.child("devices", index));
        d.program(0, w0);
        yield PulsedArray.of(d, new StochasticRounding(31), streams.stream(RandomStreams.PULSE_TRAIN, index));
      }
    };
  }

  /** Whether the runs stayed where the constants were taken (P's box, W strictly inside its range). */
  public boolean insideBoxes(RunStats r) {
    return r.pMin() >= pLo && r.pMax() <= pHi && r.wMin() > wDevice().bMin() && r.wMax() < wDevice().bMax();
  }

  /** E|m + s xi|, xi ~ N(0, 1): s sqrt(2/pi) exp(-m^2/(2 s^2)) + m (1 - 2 Phi(-m/s)), by quadrature. */
  static final class FoldedNormal {
    private FoldedNormal() {}

    static double mean(double m, double s) {
      double z0 = -m / s;
      return Quadrature.gaussian(z -> Math.abs(m + s * z), z0);
    }
  }
}
