package io.github.rider.verification.theorem37;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.ConstantStepResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ProblemConstants;
import io.github.rider.theory.RiderMeanFieldStep;
import io.github.rider.theory.RiderMeanFieldStep.Device;
import io.github.rider.theory.RiderMeanFieldStep.State;
import io.github.rider.theory.RiderMeanFieldStep.StepMoments;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.rider.ProductionRider;
import io.github.rider.verification.rider.RiderState;
import io.github.rider.verification.theorem37.Theorem37Instance.Condition;
import io.github.rider.verification.theorem37.Theorem37Instance.RunStats;
import io.github.rider.verification.theorem37.Theorem37Instance.Stationary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes every number of docs/theorem-3.7.md and renders it: the instance
 * ({@link Theorem37Instance#smallest()}) with each assumption checked, the stationary point RIDER
 * reaches, the left side of (72) against its explicit right side over K and the crossing, the same
 * with Assumption 3.4's discretisation noise, and the one-step inequalities of App. E at the
 * stationary point ({@link ProofSteps}); the point reached and the production step against theory's
 * exact step {@link RiderMeanFieldStep}.
 */
public final class Theorem37Dossier {

  /** Default root seed. */
  public static final long SEED = 20260221;
  /** Replicas per K. */
  public static final int REPLICAS = 8;
  /** dw_min values of the runs with discretisation noise. */
  static final double[] DW_MINS = {1e-3, 1e-4, 1e-5};
  /** dw_min values of the pulsed runs. */
  static final double[] PULSED_DW_MINS = {1e-3, 1e-4};

  /**
   * The dossier's numbers.
   *
   * @param instance     the instance
   * @param stationary   the stationary point reached (closed form)
   * @param predictedCrossing K at which the explicit right side of (72) falls to the stationary left side
   * @param table        noise-free runs over the K grid
   * @param crossing     the first K of the grid whose left side exceeds the right side (lower 0.999
   *                     confidence bound), or -1
   * @param noisy        runs with discretisation noise at {@code noisyK}, one per dw_min
   * @param pulsed       pulsed runs (stochastic rounding) at {@code noisyK}, one per pulsed dw_min
   * @param noisyK       K of the noisy runs
   * @param steps        the one-step inequalities at the stationary point, step sizes of {@code noisyK}
   * @param fromSp       the same problem started at P's SP: one run at {@code noisyK}
   * @param fromSpStationary its predicted stationary point
   */
  public record Result(Theorem37Instance instance, Stationary stationary, double predictedCrossing,
      List<RunStats> table, long crossing, List<RunStats> noisy, List<RunStats> pulsed, long noisyK, List<ProofSteps.Step> steps,
      Theorem37Instance fromSpInstance, RunStats fromSp, Stationary fromSpStationary) {

    /** The first grid run past the crossing, or null. */
    public RunStats firstExceeding() {
      return table.stream().filter(RunStats::exceeds).findFirst().orElse(null);
    }
  }

  private Theorem37Dossier() {}

  /** The K grid 1000 * 4^j, j = 0..{@code last}. */
  public static List<Long> grid(int last) {
    List<Long> ks = new ArrayList<>();
    for (int j = 0; j <= last; j++) {
      ks.add(1000L << (2 * j));
    }
    return ks;
  }

  /**
   * The K at which the explicit right side of (72), which falls like 1/sqrt(K), meets the left
   * side's stationary value: (bound(K) sqrt(K) / lhs_inf)^2.
   */
  public static double predictedCrossing(Theorem37Instance x) {
    return Math.pow(x.bound(1000) * Math.sqrt(1000) / x.stationary().lhsLimit(), 2);
  }

  /** The first K of the grid at least 1.5 times the predicted crossing (where a short check looks). */
  public static long checkK(Theorem37Instance x) {
    double kStar = predictedCrossing(x);
    return grid(12).stream().filter(k -> k >= 1.5 * kStar).findFirst().orElseThrow();
  }

  /** Computes the dossier over the K grid {@code ks}. */
  public static Result compute(List<Long> ks, int replicas, long seed) {
    Theorem37Instance x = Theorem37Instance.smallest();
    Stationary st = x.stationary();
    double predicted = predictedCrossing(x);
    List<RunStats> table = new ArrayList<>();
    for (long k : ks) {
      table.add(x.run(k, replicas, seed, 0));
    }
    long crossing = table.stream().filter(RunStats::exceeds).mapToLong(RunStats::k).findFirst().orElse(-1);
    long noisyK = ks.stream().filter(k -> k >= 4 * predicted).findFirst().orElse(ks.get(ks.size() - 1));
    List<RunStats> noisy = new ArrayList<>();
    for (double dw : DW_MINS) {
      noisy.add(x.run(noisyK, replicas, seed, dw));
    }
    List<RunStats> pulsed = new ArrayList<>();
    for (double dw : PULSED_DW_MINS) {
      pulsed.add(x.run(noisyK, replicas, seed, Theorem37Instance.Discretisation.PULSED, dw));
    }
    Theorem37Instance y = Theorem37Instance.startAtSymmetricPoint();
    return new Result(x, st, predicted, table, crossing, noisy, pulsed, noisyK, ProofSteps.at(x, noisyK), y,
        y.run(noisyK, replicas, seed, 0), y.stationary());
  }

  /** Computes with the default grid (K = 1000 .. 4 096 000) and writes the markdown to {@code out}. */
  public static Result write(Path out) throws IOException {
    Result r = compute(grid(6), REPLICAS, SEED);
    Files.writeString(out, markdown(r), StandardCharsets.UTF_8);
    return r;
  }

  /**
   * The exact one-step moments of theory's {@link RiderMeanFieldStep} from (W, P, Q) = (W_inf, P_inf,
   * P_inf) with the Gaussian gradient noise of the instance (f = (mu/2) W^2, W* = 0).
   */
  public static StepMoments exactStepAtStationary(Theorem37Instance x, RiderStepSizes s) {
    Stationary st = x.stationary();
    State at = new State(st.w(), st.p(), st.p());
    return RiderMeanFieldStep.moments(at, x.mu() * at.mixedWeight(s.gamma()), x.noiseStd(), exactP(x), exactW(x), s);
  }

  /**
   * The largest |production - exact| over k = 0..K of the production RIDER's noise-free trajectory (the
   * instance's start, gradient noise off) against theory's {@link RiderMeanFieldStep#next} iterated on
   * its own.
   */
  public static double noiseFreeTrajectoryError(Theorem37Instance x, long k) {
    RiderStepSizes s = x.steps(k);
    Device pd = exactP(x);
    Device wd = exactW(x);
    State[] exact = {new State(x.w0(), x.p0(), x.p0())};
    double[] err = {0};
    ProductionRider.RIDER.trajectory(new PlantedQuadratic(new double[] {x.mu()}, new double[] {0}, 0),
        new ResponseFunction[] {x.pDevice()}, new ResponseFunction[] {x.wDevice()}, StepSizes.of(s),
        new RiderState(new double[] {x.w0()}, new double[] {x.p0()}, new double[] {x.p0()}), k, RandomStreams.of(SEED),
        (it, w, p, q) -> {
          State e = exact[0];
          double d = Math.max(Math.abs(w[0] - e.w()), Math.max(Math.abs(p[0] - e.p()), Math.abs(q[0] - e.q())));
          err[0] = Math.max(err[0], Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
          exact[0] = RiderMeanFieldStep.next(e, x.mu() * e.mixedWeight(s.gamma()), pd, wd, s);
        });
    return err[0];
  }

  /** P's linear device (103) in theory's closed form. */
  private static Device exactP(Theorem37Instance x) {
    LinearResponse l = x.pDevice();
    return Device.linear(l.alphaPlus(), l.alphaMinus(), l.tauMax(), l.tauMin());
  }

  /** W's symmetric device, q+ = q- = 1. */
  private static Device exactW(Theorem37Instance x) {
    ConstantStepResponse c = x.wDevice();
    return new Device(c::qPlus, c::qMinus);
  }

  private static String bitForBit(double err) {
    return err == 0 ? "bit for bit" : "to within " + g(err);
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** The markdown text. */
  public static String markdown(Result r) {
    Theorem37Instance x = r.instance();
    ProblemConstants p = x.problem();
    DeviceConstants d = x.device();
    Stationary st = r.stationary();
    RiderStepSizes sk = x.steps(r.noisyK());
    RunStats first = r.firstExceeding();
    StringBuilder sb = new StringBuilder();
    sb.append("# Theorem 3.7 of arXiv 2602.21321: a counterexample to the explicit bound (72)\n\n");
    sb.append("Generated by `./rider theorem-3.7 --out docs/theorem-3.7.md` (class\n"
        + "`io.github.rider.verification.theorem37.Theorem37Dossier`, seed " + SEED + ", "
        + REPLICAS + " replicas per K). Every number below is computed by that command;\n"
        + "`Theorem37DossierTest` pins the key ones. The runs use the production `algorithms.Rider` on\n"
        + "`algorithms.array.MeanFieldArray`s and the production `StronglyConvexQuadratic`; the bounds are\n"
        + "`theory.Theorem3_7RiderConvergence`.\n\n");

    sb.append("## Verdict\n\n");
    sb.append(String.format(Locale.ROOT,
        "On a one-dimensional instance that satisfies every assumption of Theorem 3.7 (both forms of the C* "
            + "condition, Definition 2.1 on every state visited, all eight step-size conditions of App. E), RIDER "
            + "(Algorithm 2) settles on a stationary point with P = Q = %s, while P's symmetric point is %s. The "
            + "term ||G_p(P_k)||^2 of the left side of (72) therefore stays at %s for every K, while the explicit "
            + "right side of (72) falls like 1/sqrt(K) (alpha = c/sqrt(K)). The right side drops below the left "
            + "side at K = %s (closed form); the first K of the grid where the simulated left side exceeds the "
            + "bound with confidence 0.999 is K = %d. Discretisation noise (Assumption 3.4) does not remove the "
            + "crossing: the excess does not shrink with dw_min, so no constant in the Theta(dw_min) term covers "
            + "it. **Theorem 3.7 as stated ((15) and its explicit form (72)) is violated.** Its W terms tend to a "
            + "floor (E|g| G_p(P_inf) / (mu F_p(P_inf)))^2 = %s (tiny here, but not 0 and not Theta(dw_min)); its "
            + "SP-tracking part (P_k, Q_k -> W⋄) is false.\n\n",
        g(st.p()), g(x.symmetricPoint()), g(st.gp() * st.gp()), g(r.predictedCrossing()), r.crossing(),
        g(st.w() * st.w())));

    sb.append("## The statement checked\n\n");
    sb.append("Theorem 3.7 (with Assumptions 3.1-3.4, 3.6 and Definition 2.1 for F_p, G_p, F_w, G_w, and\n"
        + "C* >= (4 sqrt(2) sigma/mu) kappa2^{3/2}) claims, with alpha = Theta(1/sqrt(K)), beta = Theta(alpha gamma mu),\n"
        + "eta = Theta(alpha mu), gamma = Theta(1), the explicit bound (72) of App. E:\n\n"
        + "    (1/K) sum_{k=0}^{K} E[(f(W_bar_k) - f*) + C_1 ||P*(W_k,Q_k) - Q_k||^2 + ||G_p(P_k)||^2]\n"
        + "        <= 16 sqrt(34) q_max^4 / (mu q_min^5) ((V_0 - V_K)/(alpha K) + 5 alpha L q_max^2 sigma^2) + Theta(dw_min)\n\n"
        + "with C_1 = 10 beta gamma q_max^2/(alpha q_min^2), V_k = f(W_bar_k) - f* + C_1 ||P*(W_k,Q_k) - Q_k||^2 +\n"
        + "C_2 (phi(P_k) - phi*), C_2 in [4 sigma^2/(C* q_min), mu q_min^2 C*/(8 q_max^3)], and the step sizes of\n"
        + "App. E. The right side uses V_0 - V_K <= V_0 and C_2 at the upper end of its interval (the largest right\n"
        + "side the theorem allows); P*(W, Q) - Q = (W* - W)/gamma (eq. 10).\n\n");

    sb.append("## The instance\n\n");
    sb.append("| quantity | value |\n|---|---|\n");
    sb.append(String.format(Locale.ROOT, "| dimension D | 1 |\n"
            + "| objective | f(W) = (mu/2) W^2, mu = L = %s, W* = 0 |\n"
            + "| gradient noise | grad f(W) + s xi, xi ~ N(0, 1), s = sigma = %s |\n"
            + "| C* (Assumption 3.6) | s sqrt(2/pi) = %s (E|m + s xi| >= E|s xi| for every m, every iterate) |\n"
            + "| P device | linear (103): q_+ = (1 + rho)(1 - P/tau), q_- = (1 - rho)(1 + P/tau), rho = %s, tau = %s |\n"
            + "| P's symmetric point | rho tau = %s; G_p(P) = (P - rho tau)/tau, F_p(P) = 1 - rho P/tau |\n"
            + "| W device | symmetric constant step: q_+ = q_- = 1 (F_w = 1, G_w = 0) on [-1, 1] |\n"
            + "| box of P for Definition 2.1 | [%s, %s] |\n"
            + "| q_min, q_max, kappa2 | %s, %s, %s |\n"
            + "| start | W_0 = %s, P_0 = Q_0 = %s |\n"
            + "| gamma | %s |\n"
            + "| alpha | c/sqrt(K), c = %s (minimises the right side of (72)) |\n"
            + "| beta | alpha gamma mu q_min^3/(4 sqrt(34) q_max^3) = %s alpha |\n"
            + "| eta | min(alpha mu q_min^4/(52 q_max^3), beta q_max^2/(gamma q_min)) = %s alpha |\n"
            + "| C_1 | %s |\n"
            + "| C_2 interval | [%s, %s] |\n"
            + "| V_0 (C_2 upper) | C_2 (phi(P_0) - phi*) = %s |\n"
            + "| discretisation noise | none (dw_min -> 0 limit, b = 0), or b ~ N(0, |dW| dw_min) (Assumption 3.4) |\n\n",
        g(x.mu()), g(x.noiseStd()), g(p.cStar()), g(x.rho()), g(x.tau()), g(x.symmetricPoint()), g(x.pLo()), g(x.pHi()),
        g(d.qMin()), g(d.qMax()), g(d.kappa2()), g(x.w0()), g(x.p0()), g(x.gamma()), g(x.c()),
        g(sk.beta() / sk.alpha()), g(sk.eta() / sk.alpha()), g(x.c1()), g(x.c2Interval().lower()),
        g(x.c2Interval().upper()), g(x.v0(x.c2Interval().upper()))));
    sb.append("Definition 2.1 asks q_min <= q_+-(w) <= q_max for all w; the linear device meets it on the box only.\n"
        + "Every P_k of every run stays in the box (checked below), so replacing q_+- outside the box by any\n"
        + "differentiable extension with values in [q_min, q_max] (a smooth saturation) changes no run and makes the\n"
        + "device satisfy Definition 2.1 globally, with the same SP.\n\n");

    sb.append("## Assumptions checked\n\n");
    sb.append(String.format(Locale.ROOT, "At K = %d (every K of the grid gives the same verdicts):\n\n", r.noisyK()));
    sb.append("| condition | formula | value | limit | holds |\n|---|---|---|---|---|\n");
    for (Condition c : x.conditions(r.noisyK())) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |\n", c.name(), c.formula(), g(c.value()),
          g(c.limit()), c.holds() ? "yes" : "**no**"));
    }
    boolean allK = r.table().stream().allMatch(t -> x.insideAssumptions(t.k()));
    boolean boxes = r.table().stream().allMatch(x::insideBoxes) && r.noisy().stream().allMatch(x::insideBoxes)
        && r.pulsed().stream().allMatch(x::insideBoxes);
    sb.append(String.format(Locale.ROOT, "\nAll conditions hold at every K of the grid: %s. All runs stay in the boxes: %s"
            + " (P_k in [%s, %s], W_k in [%s, %s] over the noise-free runs).\n"
            + "The first row for Definition 2.1 is q_min against 0; BETA_PRESCRIBED is an equality (value = limit).\n"
            + "Assumptions 3.1-3.3 hold with L = mu and sigma = s exactly; Assumption 3.4 holds with b = 0 in the\n"
            + "noise-free runs and with Var b = |dW| dw_min = Theta(alpha dw_min) in the noisy ones.\n\n",
        allK ? "yes" : "**no**", boxes ? "yes" : "**no**",
        g(r.table().stream().mapToDouble(RunStats::pMin).min().orElse(Double.NaN)),
        g(r.table().stream().mapToDouble(RunStats::pMax).max().orElse(Double.NaN)),
        g(r.table().stream().mapToDouble(RunStats::wMin).min().orElse(Double.NaN)),
        g(r.table().stream().mapToDouble(RunStats::wMax).max().orElse(Double.NaN))));

    sb.append("## The stationary set and the point RIDER reaches\n\n");
    sb.append("Write m(W_bar) = E|grad f(W_bar; xi)| (here m(W) = E|mu W + s xi|, a folded normal mean). Taking\n"
        + "expectations in (11a), (12), (11b) without discretisation noise, the mean field is stationary iff\n\n"
        + "    Q = P  (the EMA (12) is at rest; then W_bar = W and (11b) moves W by beta (P - Q) = 0), and\n"
        + "    grad f(W) (.) F_p(P) + m(W) (.) G_p(P) = 0,  i.e.  grad f(W) = -m(W) G_p(P) / F_p(P)   (elementwise).\n\n"
        + "This is a continuum: one stationary point for every P (here W = x/mu with x = -m(x/mu) G_p(P)/F_p(P), a\n"
        + "contraction because |G_p/F_p| < 1). Nothing in it asks G_p(P) = 0. Which point is reached is fixed by an\n"
        + "invariant: with a symmetric W device (F_w = 1, G_w = 0), (12) and (11b) give\n\n"
        + "    Q_{k+1} - Q_k = eta (P_{k+1} - Q_k),   W_{k+1} - W_k = beta (P_{k+1} - Q_k)\n"
        + "    =>  beta (Q_k - Q_0) = eta (W_k - W_0)  for every k and every sample path.\n\n"
        + "So Q can reach P's SP only if W_k - W_0 reaches (beta/eta)(SP - Q_0); W goes to the optimum instead, and\n"
        + "the limit is P_inf = Q_inf = Q_0 + (eta/beta)(W_inf - W_0), W_inf = x/mu as above. With the prescribed\n"
        + "steps eta/beta = 4 sqrt(34) q_min/(52 gamma) does not depend on K.\n\n");
    RunStats last = r.table().get(r.table().size() - 1);
    sb.append("| | closed form | simulated (K = " + last.k() + ", mean of " + last.lhs().replicas() + ") |\n|---|---|---|\n");
    sb.append(String.format(Locale.ROOT, "| P_inf | %s | P_K = %s |\n| W_inf | %s | W_K = %s |\n"
            + "| G_p(P_inf)^2 | %s | G_p(P_K)^2 = %s |\n| P's SP | %s | |\n"
            + "| left side of (72) as K -> infinity | %s | %s |\n"
            + "| invariant beta (Q_K - Q_0) - eta (W_K - W_0) | 0 | largest over replicas %s |\n\n",
        g(st.p()), g(last.pK()), g(st.w()), g(last.wK()), g(st.gp() * st.gp()), g(last.gpSqK()),
        g(x.symmetricPoint()), g(st.lhsLimit()), g(last.lhs().mean()), g(last.invariant())));

    StepMoments em = exactStepAtStationary(x, sk);
    sb.append(String.format(Locale.ROOT, "The exact one-step moments of theory's `RiderMeanFieldStep` ((11a), (12),"
        + " (11b) with the Gaussian gradient noise in closed form: folded-normal and truncated-normal integrals,"
        + " independent of the simulation and of the fixed-point iteration above) confirm the point: from (W, P, Q) ="
        + " (W_inf, P_inf, P_inf), with the step sizes of K = %d, one step moves E[P] by %s, E[Q] by %s and E[W] by"
        + " %s, against one-step standard deviations %s, %s and %s. The mean field is at rest there, with G_p(P_inf)^2"
        + " = %s.\n\n", r.noisyK(), g(em.p().mean() - st.p()), g(em.q().mean() - st.p()), g(em.w().mean() - st.w()),
        g(em.p().sd()), g(em.q().sd()), g(em.w().sd()), g(st.gp() * st.gp())));

    sb.append("## Left side of (72) against its right side\n\n");
    sb.append(String.format(Locale.ROOT, "Noise-free runs, alpha = %s/sqrt(K). The right side times sqrt(K) is constant,"
        + " so it equals the stationary left side %s at K = %s.\n\n", g(x.c()), g(st.lhsLimit()),
        g(r.predictedCrossing())));
    sb.append("| K | alpha | left side of (72) (mean +- s.e.) | right side of (72) | left > right (0.999) |\n"
        + "|---|---|---|---|---|\n");
    for (RunStats t : r.table()) {
      sb.append(String.format(Locale.ROOT, "| %d | %s | %s +- %s | %s | %s |\n", t.k(), g(x.steps(t.k()).alpha()),
          g(t.lhs().mean()), g(t.lhs().standardError()), g(t.bound()), t.exceeds() ? "**yes**" : "no"));
    }
    sb.append(String.format(Locale.ROOT, "\nFirst K of the grid past the crossing: %d%s.\n\n", r.crossing(),
        first == null ? "" : String.format(Locale.ROOT, " (left %s, right %s)", g(first.lhs().mean()),
            g(first.bound()))));

    sb.append("## With discretisation noise (Assumption 3.4) and the Theta(dw_min) term\n\n");
    sb.append(String.format(Locale.ROOT, "K = %d, b ~ N(0, |dW| dw_min) on both arrays (MeanFieldArray with noise"
        + " factor 1). The Theta(dw_min) constant that would be needed is (left - right)/dw_min:\n\n", r.noisyK()));
    sb.append("| dw_min | left side (mean +- s.e.) | right side (explicit part) | (left - right) / dw_min |\n|---|---|---|---|\n");
    for (int i = 0; i < r.noisy().size(); i++) {
      RunStats t = r.noisy().get(i);
      sb.append(String.format(Locale.ROOT, "| %s | %s +- %s | %s | %s |\n", g(DW_MINS[i]), g(t.lhs().mean()),
          g(t.lhs().standardError()), g(t.bound()), g((t.lhs().mean() - t.bound()) / DW_MINS[i])));
    }
    sb.append("\nWith pulses instead of the Gaussian b (each increment sent as floor(|dW|/dw_min) pulses plus one more\n"
        + "with probability of the remainder, the devices' own pulse responses, `PulsedArray` on `DeviceArray`):\n\n"
        + "| dw_min | left side (mean +- s.e.) | right side (explicit part) | (left - right) / dw_min |\n|---|---|---|---|\n");
    for (int i = 0; i < r.pulsed().size(); i++) {
      RunStats t = r.pulsed().get(i);
      sb.append(String.format(Locale.ROOT, "| %s | %s +- %s | %s | %s |\n", g(PULSED_DW_MINS[i]), g(t.lhs().mean()),
          g(t.lhs().standardError()), g(t.bound()), g((t.lhs().mean() - t.bound()) / PULSED_DW_MINS[i])));
    }
    sb.append("\nThe excess does not shrink with dw_min, so the constant it needs grows like 1/dw_min: no fixed\n"
        + "constant C makes (72) hold with Theta(dw_min) = C dw_min. Reading the floor as Theta(dw_min/alpha) (the\n"
        + "per-step Theta(dw_min) of Lemmas E.1-E.3 summed and divided by alpha K) changes nothing: at a fixed K\n"
        + "it also vanishes as dw_min -> 0, while the left side tends to the noise-free one, which exceeds the bound.\n\n");

    sb.append("## Which step of the proof fails\n\n");
    sb.append(String.format(Locale.ROOT, "One RIDER step from the stationary state (W = %s, P = Q = %s) with the step"
        + " sizes of K = %d (alpha = %s), exact expectation over the sample (quadrature over xi, %d nodes); each row is"
        + " \"E[X_{k+1}] - X_k <= bound - X_k\" with the lemma statements as rider reads them from App. E:\n\n",
        g(st.w()), g(st.p()), r.noisyK(), g(sk.alpha()), 4 * Quadrature.INTERVALS + 2));
    sb.append("| inequality | E[X_{k+1}] - X_k | bound - X_k | holds |\n|---|---|---|---|\n");
    for (ProofSteps.Step s : r.steps()) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |\n", s.name(), g(s.lhs()), g(s.rhs()),
          s.holds() ? "yes" : "**no**"));
    }
    sb.append("\nThe three lemmas hold at the stationary point; the per-step descent (71) does not, for either end\n"
        + "of the C_2 interval (E V_{k+1} - V_k is affine in C_2, so for no C_2 in it). The failing step is the\n"
        + "combination of Lemmas E.1-E.3 into (71). On the stationary set it cannot succeed, whatever the constants:\n\n"
        + "* the only negative ||G_p(P_k)||^2 term is Lemma E.3's -(alpha C*/2) ||G_p||^2. On the stationary set\n"
        + "  grad f(W_bar) = -m G_p/F_p with m >= C* and F_p <= q_max, so E.3's own term\n"
        + "  (alpha q_max^2/(2 C*)) ||grad f||^2 >= (alpha C*/2) ||G_p||^2 cancels it: to first order in alpha the right\n"
        + "  side of E.3 is >= 0 there;\n"
        + "* E.1's decrease -(alpha gamma/(8 q_max)) ||grad f||^2_{M_p} is itself proportional to ||G_p||^2 there and is\n"
        + "  outweighed by E.1's own noise term (alpha gamma sigma^2/2) ||G_p/sqrt(F_p)||^2_inf (m^2 <= sigma^2 + ||grad f||^2);\n"
        + "* E.2's right side is positive there (its (2 beta q_max^3/gamma) ||P_{k+1} - P*||^2 term exceeds its decrease).\n\n"
        + "So any combination E.1 + C_1 E.2 + C_2 E.3 with C_1, C_2 >= 0 has a non-negative first-order term on the\n"
        + "stationary set, while (71) asks -c alpha (f(W_bar) - f* + C_1 ||P* - Q||^2 + ||G_p||^2) with c = mu q_min^5/\n"
        + "(16 sqrt(34) q_max^4) > 0. In the proof the ||grad f||^2 term of E.3 (times C_2) is absorbed by E.1's\n"
        + "||grad f||^2 decrease and E.1's sigma^2 ||G_p||^2 term by E.3's -(alpha C*/2) C_2 ||G_p||^2. With the lemmas\n"
        + "as read here, the first needs C_2 <= gamma q_min^2 C*/(4 q_max^3), the second C_2 >= gamma sigma^2/(C* q_min),\n"
        + "together C* >= 2 sigma kappa2^{3/2}; the interval printed for C_2 has mu where these have gamma. Such a C*\n"
        + "exceeds sigma, and since E|g_d| <= |grad_d f(W_bar_k)| + sigma, Assumption 3.6 would then force\n"
        + "|grad_d f(W_bar_k)| >= C* - sigma > 0 along the whole run: the iterates could never approach W*. The\n"
        + "appendix's display equations are rebuilt from the proofs in rider's reading, so this bookkeeping of\n"
        + "constants is the part of this section that depends on that reading; the table above (lemmas hold, (71)\n"
        + "fails) and the simulation do not.\n\n");

    sb.append("## Readings that would make the statement true\n\n"
        + "* **The SP-tracking terms dropped.** If E_K (14) and (72) kept only the W terms, the statement would\n"
        + "  fail only by a floor: on the stationary set W_inf - W* = -m G_p(P_inf)/(mu F_p(P_inf)), so\n"
        + "  ||W_k - W*||^2 tends to (m G_p(P_inf)/(mu F_p(P_inf)))^2 = " + g(st.w() * st.w()) + " here, not to 0 (the\n"
        + "  bias of analog SGD at a reference whose G_p is not 0, as in Wu et al. 2025, arXiv 2502.06309). A bound\n"
        + "  with an extra term of that size would be consistent with the stationary set. The interpretation\n"
        + "  \"P_k, Q_k -> W⋄\" of (14) does not survive any reading.\n"
        + "* **Hidden weights that vanish with alpha.** If the O(||P_k - Q_k||^2) and O(||G_p(P_k)||^2) of (14) hid\n"
        + "  weights that go to 0 with alpha (like C_2 alpha), (15) would hold for those terms. But (72) gives the\n"
        + "  ||G_p||^2 term weight 1, and with vanishing weights (14) no longer says anything about P_k - W⋄.\n"
        + "* **A C* condition without mu** (C* >= 2 sigma kappa2^{3/2}, see above) would make the combination\n"
        + "  valid but Assumption 3.6 unsatisfiable near the optimum, so the theorem would be vacuous.\n"
        + "* **Theta(dw_min) read as a constant independent of dw_min** would cover the gap but contradicts the\n"
        + "  paper's claim that the minimal error is delta = Theta(dw_min).\n"
        + "* **Other step sizes** do not help: the invariant beta (Q_k - Q_0) = eta (W_k - W_0) holds for every\n"
        + "  alpha, beta, eta; only eta/beta matters. App. E caps it at " + g(sk.eta() / sk.beta()) + " here (the\n"
        + "  prescription takes the cap); a smaller eta/beta moves P_inf = Q_0 + (eta/beta)(W_inf - W_0) even less\n"
        + "  from Q_0.\n\n");

    Theorem37Instance y = r.fromSpInstance();
    Stationary ys = r.fromSpStationary();
    sb.append("## Started at the SP, RIDER leaves it\n\n");
    sb.append(String.format(Locale.ROOT, "The same problem and devices with W_0 = %s, P_0 = Q_0 = SP = %s (P box [%s, %s],"
            + " kappa2 = %s, all conditions hold: %s). The invariant predicts P_inf = SP + (eta/beta)(W_inf - W_0) = %s;"
            + " at K = %d RIDER has P_K = %s, G_p(P_K)^2 = %s (it was 0 at k = 0); left side of (72) %s against the"
            + " right side %s (V_0 now includes the W terms, so the crossing comes later).\n\n",
        g(y.w0()), g(y.p0()), g(y.pLo()), g(y.pHi()), g(y.device().kappa2()),
        y.insideAssumptions(r.noisyK()) && y.insideBoxes(r.fromSp()) ? "yes" : "**no**", g(ys.p()), r.noisyK(),
        g(r.fromSp().pK()), g(r.fromSp().gpSqK()), g(r.fromSp().lhs().mean()), g(r.fromSp().bound())));

    sb.append("## rider's encoding of the theorem, re-checked\n\n"
        + "* `Theorem3_7RiderConvergence.bound` is 16 sqrt(34) q_max^4/(mu q_min^5) ((V_0 - V_K)/(alpha K) +\n"
        + "  5 alpha L q_max^2 sigma^2), as (72); `betaPrescribed`, `lyapunovC1` and `lyapunovC2Interval` are App. E's\n"
        + "  formulas; `RiderConstraint` lists the eight step-size conditions of App. E (one equality, seven upper\n"
        + "  limits), all checked above.\n"
        + "* The C* condition is checked in both forms (the theorem prints sigma/mu; the C_2 interval is non-empty\n"
        + "  iff C* >= 4 sqrt(2) sigma kappa2^{3/2}/sqrt(mu)); the instance satisfies both.\n"
        + "* The left side is summed over k = 0..K and divided by K as printed; ||P*(W_k,Q_k) - Q_k|| = ||W_k - W*||/gamma\n"
        + "  by (10). Counting k = 1..K instead, or dividing by K + 1, changes the left side by O(1/K).\n"
        + "* The simulation is the production RIDER (W_bar_k = W_k + gamma (P_k - Q_k); (11a); (12); (11b) with the old\n"
        + "  Q_k). The invariant above holds in it to rounding, which also ties the code to (12) and (11b). It does not\n"
        + "  depend on rider's reading of the lost displays: with Q_{k+1} in (11b) it becomes beta (1 - eta)(Q_k - Q_0) =\n"
        + "  eta (W_k - W_0); it involves neither W_bar nor P's device. The symmetric W device (q_min = q_max = 1 on W) only\n"
        + "  makes it exact; it is allowed by Definition 2.1 and enters kappa2 through q_min, q_max.\n"
        + String.format(Locale.ROOT, "* The production RIDER's step is the recursion itself: with the gradient noise"
        + " switched off, its trajectory\n  from the start at the SP (W_0 = %s, P_0 = Q_0 = %s; from the instance's"
        + " all-zero start it stays at 0) equals theory's `RiderMeanFieldStep` (written"
        + " from (11a), (12), (11b)) iterated on its own\n  %s over K = %d iterations. The suite's Theorem 3.7"
        + " check makes the same comparison on every generated\n  instance and compares the noisy step's means and"
        + " deviations with the exact moments.\n", g(r.fromSpInstance().w0()), g(r.fromSpInstance().p0()),
            bitForBit(noiseFreeTrajectoryError(r.fromSpInstance(), r.noisyK())), r.noisyK())
        + "* Choices that favour the theorem: V_K dropped (V_0 - V_K <= V_0), C_2 at the upper end of its interval,\n"
        + "  and c chosen to minimise the right side only so that the crossing comes early; the stationary left side\n"
        + "  does not depend on c, and the right side tends to 0 for every c.\n\n");
    sb.append("## How rider reports it\n"
        + "\n"
        + "This is a counterexample to the paper's statement, a finding about the paper, not a failure of rider's\n"
        + "code. `rider verify` (and VERIFICATION.md, which it writes) therefore counts Theorem 3.7 as violated in\n"
        + "its first line, naming it a counterexample to the paper's statement, gives the instance under\n"
        + "Contradictions, and exits 0 when every check of rider's code behaves as designed and every broken variant is rejected;\n"
        + "exit 5 means that one of rider's own checks failed or a broken variant was not rejected. The suite's\n"
        + "Theorem 3.7 property runs at K = 4000 and 16000, before the crossing, where the bound still holds.\n"
        + "\n");
    sb.append("## Regenerating\n\n"
        + "    ./rider theorem-3.7 --out docs/theorem-3.7.md\n\n"
        + "(about a minute on one core). `Theorem37DossierTest` (in `mvn -B -ntp verify`) checks that the instance\n"
        + "satisfies every condition, that the invariant holds in the production RIDER, that the lemmas hold and (71)\n"
        + "fails at the stationary point, that the stationary point is at rest in the exact one-step moments and the\n"
        + "production step equals the exact recursion, and that the closed-form crossing K and a simulated K past it\n"
        + "agree with this text.\n");
    return sb.toString();
  }

  /** Writes the dossier to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "docs/theorem-3.7.md"));
  }
}
