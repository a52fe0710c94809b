package io.github.rider.verification.contract;

import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.theory.CyclicZsModel31;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.Theorem2_2ZsAveragedBound;
import io.github.rider.theory.TheoremC2ZsLastIterate;
import io.github.rider.theory.TheoremC3CyclicZsAveragedBound;
import io.github.rider.theory.TheoremC4CyclicZsLastIterate;
import io.github.rider.verification.properties.Mutation;
import io.github.rider.verification.properties.Theorem3_7Property;
import io.github.rider.verification.stat.MonteCarloEstimate;
import io.github.rider.verification.zs.ProductionZs;
import io.github.rider.verification.zs.ZsImplementation;
import io.github.rider.verification.zs.ZsTrajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The device-model contract: the checks a response model must pass for the paper's analysis
 * (arXiv 2602.21321) to apply to it, run on the device's operating interval
 * ({@link DeviceUnderTest}):
 *
 * <ol>
 *   <li>{@value #DEFINITION_2_1}: q_min &lt;= q+-(w) &lt;= q_max with q_min &gt; 0 (dense
 *   sampling);
 *   <li>{@value #DIFFERENTIABILITY}: the family's analytic derivatives agree with central finite
 *       differences (relative error &lt;= {@value #DERIVATIVE_TOLERANCE}); without analytic
 *       derivatives, finite differences at two steps (1e-5 and 1e-6 of the width) agree;
 *   <li>{@value #SYMMETRIC_POINT}: G has exactly one sign change on the range, from - to +
 *       (a unique, attracting SP, Definition 1.1), and the model's {@code symmetricPoint()} is
 *       that root (to {@value #SP_TOLERANCE} of the range);
 *   <li>{@value #DEFINITION_C_1}: mu_q = min(min q-', min -q+') &gt; 0 (reported);
 *   <li>{@value #CONSTANTS}: the model's {@code constants(lo, hi)} agree with dense sampling;
 *   <li>{@value #THEOREM_2_2}, {@value #THEOREM_C2}: stochastic ZS (Algorithm 1, run by the
 *       algorithms module's {@code ZeroShifting} on a pulsed array of this device) from the end of
 *       the operating interval farther from the SP, over R seeded replicas of the single device:
 *       the averaged E G^2 (eq. 25) and the last-iterate E (W_N - W*)^2 (Theorem C.2) are compared
 *       with the bounds. The bounds hold for expectations, so a check fails only when the
 *       one-sided <em>lower</em> Student-t confidence bound of the replica mean exceeds the bound:
 *       a true bound is wrongly rejected with probability at most the options'
 *       falseFailureProbability (normal approximation of the replica mean);
 *   <li>{@value #THEOREM_C3}, {@value #THEOREM_C4}: cyclic ZS (deterministic, one run) against
 *       eq. (32) and Theorem C.4 (contraction as the proof derives it, see theory); C.4 also
 *       against the exact process, model (31) iterated on the device, and at every cycle;
 *   <li>{@value #THEOREM_3_7}: RIDER ({@link Theorem3_7Property#evaluate}) with this device as P
 *       and W array on the reference problem of {@link #theorem37}, inside the theorem's
 *       assumptions.
 * </ol>
 *
 * N, the number of ZS pulses, is the Theorem C.2 "pulses required" for delta = 4 x the C.2 floor
 * (monotone devices), else 20/dw_min, capped at {@code maxPulses}; the cyclic runs use N/2 cycles.
 * The constants in every bound are sampled on the hull of the operating interval and every state
 * the runs visited, so they are valid along the whole trajectory.
 */
public final class DeviceContract {

  public static final String DEFINITION_2_1 = "Definition 2.1";
  public static final String DIFFERENTIABILITY = "Differentiability";
  public static final String SYMMETRIC_POINT = "Symmetric point";
  public static final String DEFINITION_C_1 = "Definition C.1";
  public static final String CONSTANTS = "Response constants";
  public static final String THEOREM_2_2 = "Theorem 2.2";
  public static final String THEOREM_C2 = "Theorem C.2";
  public static final String THEOREM_C3 = "Theorem C.3";
  public static final String THEOREM_C4 = "Theorem C.4";
  public static final String THEOREM_3_7 = "Theorem 3.7";

  /** Relative tolerance of analytic vs finite-difference derivatives. */
  public static final double DERIVATIVE_TOLERANCE = 1e-4;

  /** Tolerance of the model's SP vs the root of G, relative to the range (or operating) width. */
  public static final double SP_TOLERANCE = 1e-6;

  /**
   * Tolerance of the model's constants vs the contract's sampling, relative to max(1, |value|):
   * both sample at finite resolution.
   */
  public static final double CONSTANTS_TOLERANCE = 1e-3;

  /**
   * Agreement of a cyclic zero-shifting run with the exact model (31), relative to the operating
   * width (last iterate) or e0 (mean squared deviation): rounding over at most 2e5 pulses of a
   * contraction stays far below it.
   */
  public static final double EXACT_TOLERANCE = 1e-9;

  /**
   * Options of the stochastic checks.
   *
   * @param replicas                R, seeded replicas of the stochastic ZS runs (&gt;= 2)
   * @param falseFailureProbability per stochastic check, in (0, 0.5)
   * @param maxPulses               cap on the ZS pulse count N (&gt;= 2)
   * @param seed                    root seed of the replicas
   */
  public record Options(int replicas, double falseFailureProbability, long maxPulses, long seed) {

    /** 40 replicas, false-failure 1e-3 per check, at most 200 000 pulses, seed 1. */
    public static final Options DEFAULT = new Options(40, 1e-3, 200_000, 1);

    public Options {
      if (replicas < 2) {
        throw new IllegalArgumentException("replicas must be >= 2, was " + replicas);
      }
      if (!(falseFailureProbability > 0 && falseFailureProbability < 0.5)) {
        throw new IllegalArgumentException(
            "falseFailureProbability must be in (0, 0.5), was " + falseFailureProbability);
      }
      if (maxPulses < 2) {
        throw new IllegalArgumentException("maxPulses must be >= 2, was " + maxPulses);
      }
    }

    public Options withSeed(long v) {
      return new Options(replicas, falseFailureProbability, maxPulses, v);
    }

    public Options withReplicas(int v) {
      return new Options(v, falseFailureProbability, maxPulses, seed);
    }

    public Options withFalseFailureProbability(double v) {
      return new Options(replicas, v, maxPulses, seed);
    }
  }

  /** The four zero-shifting theorems checked by simulation. */
  public enum ZsTheorem {
    THEOREM_2_2(DeviceContract.THEOREM_2_2, "stochastic ZS, averaged E G(W_n)^2, eq. (25)", Variant.STOCHASTIC, true),
    THEOREM_C2(DeviceContract.THEOREM_C2, "stochastic ZS, last iterate E (W_N - W*)^2", Variant.STOCHASTIC, false),
    THEOREM_C3(DeviceContract.THEOREM_C3, "cyclic ZS, averaged G(W_n)^2, eq. (32)", Variant.CYCLIC, true),
    THEOREM_C4(DeviceContract.THEOREM_C4, "cyclic ZS, last iterate (W_2N - W*)^2", Variant.CYCLIC, false);

    private final String checkName;
    private final String statement;
    private final Variant variant;
    private final boolean averaged;

    ZsTheorem(String checkName, String statement, Variant variant, boolean averaged) {
      this.checkName = checkName;
      this.statement = statement;
      this.variant = variant;
      this.averaged = averaged;
    }

    public String checkName() {
      return checkName;
    }

    public String statement() {
      return statement;
    }

    public Variant variant() {
      return variant;
    }

    public boolean averaged() {
      return averaged;
    }
  }

  private DeviceContract() {}

  /** Every check on {@code d} with the default options. */
  public static ContractReport check(DeviceUnderTest d) {
    return check(d, Options.DEFAULT);
  }

  /** Every check on {@code d}. */
  public static ContractReport check(DeviceUnderTest d, Options o) {
    List<CheckResult> out = new ArrayList<>();
    out.add(definition21(d));
    out.add(differentiability(d));
    out.add(symmetricPoint(d));
    out.add(definitionC1(d));
    out.add(constants(d));
    for (ZsTheorem t : ZsTheorem.values()) {
      out.add(zeroShifting(d, t, ProductionZs.PULSED, o));
    }
    out.add(theorem37(d, o));
    return new ContractReport(d.toString(), out);
  }

  /** The nominal device of {@code spec}, default operating interval. */
  public static ContractReport check(DeviceSpec spec, Options o) {
    return check(DeviceUnderTest.of(spec), o);
  }

  /** A device spec in the JSON format of {@link DeviceSpecJson}. */
  public static ContractReport checkJson(String json, Options o) {
    return check(DeviceSpecJson.fromJson(json), o);
  }

  /** A user's response with granularity {@code dwMin}, default operating interval. */
  public static ContractReport check(String label, ResponseFunction response, double dwMin, Options o) {
    return check(DeviceUnderTest.of(label, response, dwMin), o);
  }

  /** Definition 2.1 on the operating interval: q_min &gt; 0 and q_max finite. */
  public static CheckResult definition21(DeviceUnderTest d) {
    SampledConstants c = SampledConstants.of(d.response(), d.lo(), d.hi());
    return CheckResult.of(DEFINITION_2_1, "q_min <= q+-(w) <= q_max, q_min > 0", c.qMin(), 0,
        c.trainingFriendly(), String.format(Locale.ROOT,
            "q_min %.4g, q_max %.4g, kappa2 %.4g on [%.4g, %.4g], %d samples", c.qMin(), c.qMax(),
            c.qMax() / c.qMin(), d.lo(), d.hi(), SampledConstants.INTERVALS + 1));
  }

  /** Derivatives: analytic vs finite differences, or finite differences at two steps. */
  public static CheckResult differentiability(DeviceUnderTest d) {
    ResponseFunction rf = d.response();
    double width = d.hi() - d.lo();
    double worst = 0;
    double worstAt = d.lo();
    for (int k = 0; k <= SampledConstants.INTERVALS; k++) {
      double w = SampledConstants.point(d.lo(), d.hi(), k);
      double[] ref = rf.hasDerivatives()
          ? new double[] {rf.dqPlus(w), rf.dqMinus(w)}
          : SampledConstants.finiteDifferences(rf, w, d.lo(), d.hi(), width * 1e-5);
      double[] fd = SampledConstants.finiteDifferences(rf, w, d.lo(), d.hi(), width * 1e-6);
      for (int j = 0; j < 2; j++) {
        double err = Math.abs(ref[j] - fd[j]) / Math.max(1, Math.abs(ref[j]));
        if (!(err <= worst)) {
          worst = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
          worstAt = w;
        }
      }
    }
    String how = rf.hasDerivatives()
        ? "analytic dq+-/dw vs central finite differences (step 1e-6 of the width)"
        : "no analytic derivative: finite differences at steps 1e-5 and 1e-6 of the width compared";
    return CheckResult.of(DIFFERENTIABILITY, "q+ and q- differentiable", worst, DERIVATIVE_TOLERANCE,
        worst <= DERIVATIVE_TOLERANCE,
        String.format(Locale.ROOT, "%s; largest relative discrepancy at w = %.4g", how, worstAt));
  }

  /** Existence and uniqueness of the SP, and the model's closed form vs the root of G. */
  public static CheckResult symmetricPoint(DeviceUnderTest d) {
    ResponseFunction rf = d.response();
    boolean finite = Double.isFinite(rf.wMin()) && Double.isFinite(rf.wMax());
    double a = finite ? rf.wMin() : d.lo();
    double b = finite ? rf.wMax() : d.hi();
    int crossings = 0;
    int attracting = 0;
    double root = Double.NaN;
    double prev = rf.g(a);
    double prevW = a;
    for (int k = 1; k <= SampledConstants.INTERVALS; k++) {
      double w = SampledConstants.point(a, b, k);
      double g = rf.g(w);
      if ((prev < 0 && g >= 0) || (prev > 0 && g <= 0)) {
        crossings++;
        if (prev < 0) {
          attracting++;
          root = bisect(rf, prevW, w);
        }
      }
      prev = g;
      prevW = w;
    }
    double claimed = rf.symmetricPoint();
    double tol = SP_TOLERANCE * (b - a);
    double err = Math.abs(claimed - root);
    boolean ok = crossings == 1 && attracting == 1 && err <= tol;
    String note = String.format(Locale.ROOT,
        "G changes sign %d time(s) on [%.4g, %.4g] (%d from - to +, attracting); root %.6g, model's SP %.6g",
        crossings, a, b, attracting, root, claimed);
    return CheckResult.of(SYMMETRIC_POINT, "unique SP with G(w*) = 0, attracting", err, tol, ok, note);
  }

  /** Definition C.1 (monotone response) on the operating interval. */
  public static CheckResult definitionC1(DeviceUnderTest d) {
    SampledConstants c = SampledConstants.of(d.response(), d.lo(), d.hi());
    return CheckResult.of(DEFINITION_C_1, "q-' >= mu_q, q+' <= -mu_q, mu_q > 0", c.muQ(), 0, c.muQ() > 0,
        String.format(Locale.ROOT, c.muQ() > 0 ? "monotone, mu_q %.4g, L_q %.4g"
            : "not monotone (mu_q %.4g <= 0, L_q %.4g): Theorems C.2/C.4 do not apply", c.muQ(), c.lQ()));
  }

  /** The model's own constants(lo, hi) vs the contract's sampling. */
  public static CheckResult constants(DeviceUnderTest d) {
    SampledConstants c = SampledConstants.of(d.response(), d.lo(), d.hi());
    io.github.rider.theory.ResponseConstants m;
    try {
      m = d.response().constants(d.lo(), d.hi());
    } catch (RuntimeException e) {
      return CheckResult.of(CONSTANTS, "q_min, q_max, mu_q, L_q", Double.NaN, CONSTANTS_TOLERANCE,
          !c.trainingFriendly(), "the model's constants(lo, hi) threw: " + e.getMessage());
    }
    double err = Math.max(Math.max(rel(m.qMin(), c.qMin()), rel(m.qMax(), c.qMax())),
        Math.max(rel(m.muQ(), c.muQ()), rel(m.lQ(), c.lQ())));
    return CheckResult.of(CONSTANTS, "q_min, q_max, mu_q, L_q", err, CONSTANTS_TOLERANCE,
        err <= CONSTANTS_TOLERANCE, String.format(Locale.ROOT,
            "model (%.4g, %.4g, %.4g, %.4g) vs sampled (%.4g, %.4g, %.4g, %.4g)", m.qMin(), m.qMax(),
            m.muQ(), m.lQ(), c.qMin(), c.qMax(), c.muQ(), c.lQ()));
  }

  /**
   * A zero-shifting theorem checked on the runs of {@code impl} (see the class comment); the
   * bound always uses the true device, so a broken implementation (a mutant) must fail.
   */
  public static CheckResult zeroShifting(DeviceUnderTest d, ZsTheorem t, ZsImplementation impl, Options o) {
    ResponseFunction rf = d.response();
    double sp = rf.symmetricPoint();
    double w0 = Math.abs(d.hi() - sp) >= Math.abs(sp - d.lo()) ? d.hi() : d.lo();
    double e0 = (w0 - sp) * (w0 - sp);
    SampledConstants op = SampledConstants.of(rf, d.lo(), d.hi());
    if (!op.trainingFriendly()) {
      return CheckResult.notApplicable(t.checkName(), t.statement(), "Definition 2.1 fails on the operating interval");
    }
    long pulses = pulses(d, op, e0, o);
    boolean cyclic = t.variant() == Variant.CYCLIC;
    long cycles = Math.max(1, pulses / 2);
    long simulated = cyclic ? 2 * cycles : pulses;
    int replicas = cyclic ? 1 : o.replicas();
    double[] values = new double[replicas];
    ZsTrajectory first = null;
    double lo = d.lo();
    double hi = d.hi();
    RandomStreams streams = RandomStreams.of(o.seed());
    for (int i = 0; i < replicas; i++) {
      ZsTrajectory tr = impl.run(rf, d.dwMin(), w0, simulated, t.variant(),
          cyclic ? null : streams.stream(RandomStreams.PULSE_TRAIN, i));
      values[i] = t.averaged() ? tr.meanGSquared() : (tr.last() - sp) * (tr.last() - sp);
      first = first == null ? tr : first;
      lo = Math.min(lo, tr.visitedMin());
      hi = Math.max(hi, tr.visitedMax());
    }
    SampledConstants hull = SampledConstants.of(rf, lo, hi);
    if (!hull.trainingFriendly()) {
      return CheckResult.of(t.checkName(), t.statement(), Double.NaN, Double.NaN, false, String.format(
          Locale.ROOT, "the runs visited [%.4g, %.4g], where q_min = %.4g <= 0 (Definition 2.1 fails)", lo, hi,
          hull.qMin()));
    }
    DeviceConstants dc = hull.deviceConstants(d.dwMin());
    double bound;
    try {
      bound = switch (t) {
        case THEOREM_2_2 -> Theorem2_2ZsAveragedBound.bound(dc, potentialGap(rf, sp, w0), pulses);
        case THEOREM_C2 -> TheoremC2ZsLastIterate.bound(dc, e0, pulses);
        case THEOREM_C3 -> TheoremC3CyclicZsAveragedBound.bound(dc, potentialGap(rf, sp, w0), cycles);
        case THEOREM_C4 -> TheoremC4CyclicZsLastIterate.bound(dc, e0, cycles);
      };
    } catch (IllegalArgumentException e) {
      return CheckResult.notApplicable(t.checkName(), t.statement(), e.getMessage());
    }
    String setup = String.format(Locale.ROOT, "W_0 = %.4g, SP %.4g, %d %s, constants on [%.4g, %.4g]", w0, sp,
        cyclic ? cycles : pulses, cyclic ? "cycles" : "pulses", lo, hi);
    if (t == ZsTheorem.THEOREM_C4) {
      return theoremC4Exact(d, dc, w0, cycles, first, values[0], bound, setup);
    }
    if (replicas == 1) {
      return CheckResult.of(t.checkName(), t.statement(), values[0], bound, values[0] <= bound,
          "deterministic run; " + setup);
    }
    MonteCarloEstimate est = new MonteCarloEstimate(values);
    double lower = est.lowerBound(o.falseFailureProbability());
    return CheckResult.of(t.checkName(), t.statement(), est.mean(), bound, lower <= bound, String.format(
        Locale.ROOT, "replica mean of %d, lower %.3g-confidence bound %.4g (fails only if above the bound; "
            + "false-failure probability <= %.3g); %s", replicas, 1 - o.falseFailureProbability(), lower,
        o.falseFailureProbability(), setup));
  }

  /**
   * Theorem C.4 against the exact process as well as the bound: the cyclic run {@code tr} must
   * agree with model (31) iterated exactly on the device ({@link CyclicZsModel31}) in its last
   * iterate (to {@value #EXACT_TOLERANCE} of the operating width) and its mean squared deviation
   * (to {@value #EXACT_TOLERANCE} of e0), and the bound must hold at every cycle n &lt;= N of the
   * exact process, not only at N. The bound's floor is O(dw_min) while the process settles at an
   * O(dw_min^2) squared error, so the bound alone lets a pulse size off by a factor 2 through; the
   * comparison with the exact process does not.
   */
  private static CheckResult theoremC4Exact(DeviceUnderTest d, DeviceConstants dc, double w0, long cycles,
      ZsTrajectory tr, double measured, double bound, String setup) {
    ResponseFunction rf = d.response();
    double sp = rf.symmetricPoint();
    double e0 = (w0 - sp) * (w0 - sp);
    CyclicZsModel31.Run exact = CyclicZsModel31.run(rf::qPlus, rf::qMinus, d.dwMin(), w0, sp,
        Math.toIntExact(cycles));
    double lastGap = Math.abs(tr.last() - exact.last());
    double msdGap = Math.abs(tr.meanSquaredDeviation() - exact.meanSquaredDeviation());
    boolean matches = lastGap <= EXACT_TOLERANCE * (d.hi() - d.lo()) && msdGap <= EXACT_TOLERANCE * e0;
    long violated = -1;
    double[] even = exact.evenSquaredErrors();
    for (int n = 0; n < even.length && violated < 0; n++) {
      if (even[n] > TheoremC4CyclicZsLastIterate.bound(dc, e0, n)) {
        violated = n;
      }
    }
    String note = String.format(Locale.ROOT, "deterministic run; exact model (31): |W_2N - exact| = %.3g, |mean"
        + " squared deviation - exact| = %.3g (tolerance %.0e of the width / of e0)%s; exact (W_2N - W*)^2 ="
        + " %.4g; %s", lastGap, msdGap, EXACT_TOLERANCE, matches ? "" : " MISMATCH",
        even[even.length - 1], violated < 0 ? "the bound holds at every cycle of the exact process"
            : "the bound fails at cycle " + violated + " of the exact process");
    return CheckResult.of(THEOREM_C4, ZsTheorem.THEOREM_C4.statement(), measured, bound,
        measured <= bound && matches && violated < 0, note + "; " + setup);
  }

  /**
   * Theorem 3.7 on a reference problem inside its assumptions, with this device in effective
   * coordinates (reference = its SP, docs/devices.md §6): with h the distance from the SP to the
   * nearer end of the operating interval, P's two coordinates have their SPs at +-h/4 (a nonzero,
   * unknown SP), W's at 0; W* = (h/4, -h/4); gradient noise s = 0.2, gamma = 0.75; the curvature is
   * 1.5 (and 1.8) times the C* threshold 16 pi D kappa2^3 of the derived condition, kappa2 sampled
   * on boxes of half-width h/2 around start and target; step sizes prescribed and verified as in
   * {@link Theorem3_7Property}. Passes when the noise-free left side of (72) is within the explicit
   * bound (lower 99 % confidence bound of 8 replicas), the W part falls like 1/sqrt(K), the runs stay
   * in the boxes, and the production step equals the exact recursion (11a), (12), (11b) with this
   * device's q+ and q- (theory's {@code RiderMeanFieldStep}: the noise-free trajectory, and one-step
   * means and deviations against its exact moments); false failure &lt;= 0.01 in all, as
   * {@link Theorem3_7Property#FALSE_FAILURE_STATEMENT} composes it; not applicable when the boxes leave the range or
   * Definition 2.1 fails on them.
   */
  public static CheckResult theorem37(DeviceUnderTest d, Options o) {
    String statement = "RIDER on a reference quadratic inside the assumptions, explicit bound (72)";
    ResponseFunction rf = d.response();
    double sp = rf.symmetricPoint();
    double h = Math.min(d.hi() - sp, sp - d.lo());
    if (!(h > 0)) {
      return CheckResult.notApplicable(THEOREM_3_7, statement, "no symmetric point inside the operating interval");
    }
    double off = 0.25 * h;
    Theorem3_7Property.Instance x = new Theorem3_7Property.Instance(new double[] {off, -off}, 0.2, 1.5, 1.2, 0.75,
        d.dwMin(), 0.5 * h, new ResponseFunction[] {rf.shifted(sp - off), rf.shifted(sp + off)},
        new ResponseFunction[] {rf.shifted(sp), rf.shifted(sp)});
    return new Theorem3_7Property().evaluate(x, o.seed(), Mutation.NONE)
        .map(e -> CheckResult.of(THEOREM_3_7, statement, e.lhs(), e.bound(), e.passed(), e.note()
            + String.format(Locale.ROOT, "; measured dw_min floor constant %.3g", e.floor())))
        .orElseGet(() -> CheckResult.notApplicable(THEOREM_3_7, statement,
            "the reference problem's boxes leave the range or Definition 2.1 / the App. E constraints fail on them"));
  }

  /** N (see the class comment). */
  static long pulses(DeviceUnderTest d, SampledConstants op, double e0, Options o) {
    long n = (long) Math.ceil(20 / d.dwMin());
    if (op.muQ() > 0 && 2 * d.dwMin() * op.muQ() < 1) {
      DeviceConstants dc = op.deviceConstants(d.dwMin());
      OptionalLong req = TheoremC2ZsLastIterate.pulsesRequired(dc, e0,
          4 * TheoremC2ZsLastIterate.floor(dc, 1));
      if (req.isPresent()) {
        n = req.getAsLong();
      }
    }
    return Math.max(2, Math.min(o.maxPulses(), n));
  }

  /** phi(w0) - phi(w*) = int_{w*}^{w0} G by Simpson's rule, 2000 intervals (eq. 21); clamped at 0. */
  public static double potentialGap(ResponseFunction rf, double sp, double w0) {
    int m = 2000;
    double h = (w0 - sp) / m;
    double s = rf.g(sp) + rf.g(w0);
    for (int k = 1; k < m; k++) {
      s += (k % 2 == 1 ? 4 : 2) * rf.g(sp + k * h);
    }
    return Math.max(0, s * h / 3);
  }

  private static double bisect(ResponseFunction rf, double a, double b) {
    double ga = rf.g(a);
    for (int i = 0; i < 200 && b - a > 0; i++) {
      double m = 0.5 * (a + b);
      if (m == a || m == b) {
        break;
      }
      double gm = rf.g(m);
      if ((gm < 0) == (ga < 0)) {
        a = m;
        ga = gm;
      } else {
        b = m;
      }
    }
    return 0.5 * (a + b);
  }

  private static double rel(double model, double sampled) {
    return Math.abs(model - sampled) / Math.max(1, Math.abs(sampled));
  }
}
