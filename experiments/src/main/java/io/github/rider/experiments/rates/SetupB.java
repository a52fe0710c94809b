package io.github.rider.experiments.rates;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.algorithms.SyntheticRunFactory;
import io.github.rider.algorithms.SyntheticRunSpec;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ProblemConstants;
import io.github.rider.theory.ResponseConstants;
import io.github.rider.theory.RiderConstraint;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.theory.Theorem3_7RiderConvergence;
import java.util.ArrayList;
import java.util.List;

/**
 * "Setup B" of docs/algorithms.md §6: a synthetic problem inside Theorem 3.7's assumptions (arXiv
 * 2602.21321), where RIDER (p = 0) reaches the optimum. Quadratic f = (mu/2) ||W - W*||^2 (kappa1
 * = 1, W* entries N(0, 0.15^2)), stochastic gradients with N(0, noise^2) per coordinate, P on an
 * ALD device q+- = 1 -+ (p - sp_i)/tau with sp_i ~ N(0.3, 0.1^2), W on the same family with SP 0,
 * mean-field updates with the discretisation noise of Assumption 3.4 (dw_min = 1e-3), gamma and
 * the step sizes alpha, beta, eta that Theorem 3.7 prescribes for K iterations ({@link
 * StepSizes#theorem37}).
 *
 * <p>The assumptions are checked, not assumed ({@link #violations}): C* = noise sqrt(2/pi) bounds
 * E|g_d| from below at every point (a folded normal's mean is smallest at mean 0), against both
 * forms of the C* condition; Definition 2.1's q_min, q_max over the box sp_i +- 1 of every P
 * element and [-1, 1] of W (mu_q the smallest, L_q the largest slope); and the eight step-size
 * conditions of App. E ({@link RiderConstraint}).
 *
 * @param dim   D
 * @param mu    curvature mu = L of f
 * @param noise per-coordinate gradient-noise std (sigma = noise sqrt(D))
 * @param tau   range parameter of the ALD devices of P and W
 * @param gamma residual scale gamma
 */
public record SetupB(int dim, double mu, double noise, double tau, double gamma) {

  /** D = 2, mu = 200, noise 0.5, tau = 10, gamma = 0.5. */
  public static final SetupB DEFAULT = new SetupB(2, 200, 0.5, 10, 0.5);

  /** The run of {@code algorithm} for K = {@code iters} iterations with Theorem 3.7's steps. */
  public SyntheticRunSpec spec(String algorithm, long seed, long iters) {
    SyntheticRunSpec s = new SyntheticRunSpec(algorithm, "quadratic", dim, "ald", "ald",
        "mean-field", 0.3, 0.1, tau, 1e-3, true, iters, iters, 0, 0.05, 0, 0, gamma, 0, noise,
        seed);
    StepSizes steps = StepSizes.theorem37(problem(), device(s), iters, gamma);
    return s.withSteps(steps.alpha(), steps.beta(), steps.eta(), steps.gamma());
  }

  /** f of a spec: the quadratic with this setup's curvature. */
  public Objective objective(SyntheticRunSpec spec) {
    return SyntheticRunFactory.quadratic(spec, mu, 1);
  }

  /** L = mu, mu, sigma = noise sqrt(D), C* = noise sqrt(2/pi). */
  public ProblemConstants problem() {
    return new ProblemConstants(mu, mu, noise * Math.sqrt(dim), noise * Math.sqrt(2 / Math.PI));
  }

  /** Definition 2.1 / C.1 constants over P's elements (boxes sp_i +- 1) and W's ([-1, 1]). */
  public DeviceConstants device(SyntheticRunSpec spec) {
    double[] sp = SyntheticRunFactory.symmetricPoints(spec);
    List<ResponseConstants> all = new ArrayList<>();
    ResponseFunction[] p = SyntheticRunFactory.responses(spec.deviceP(), sp, spec.tau());
    ResponseFunction[] w = SyntheticRunFactory.responses(spec.deviceW(), new double[dim], spec.tau());
    for (int i = 0; i < dim; i++) {
      all.add(p[i].constants(sp[i] - 1, sp[i] + 1));
      all.add(w[i].constants(-1, 1));
    }
    double qMin = all.stream().mapToDouble(ResponseConstants::qMin).min().orElseThrow();
    double qMax = all.stream().mapToDouble(ResponseConstants::qMax).max().orElseThrow();
    double muQ = all.stream().mapToDouble(ResponseConstants::muQ).min().orElseThrow();
    double lQ = all.stream().mapToDouble(ResponseConstants::lQ).max().orElseThrow();
    return DeviceConstants.of(spec.dwMin(), qMin, qMax, muQ, lQ);
  }

  /** The assumptions of Theorem 3.7 that the run of {@code spec} violates (empty: none). */
  public List<String> violations(SyntheticRunSpec spec) {
    List<String> out = new ArrayList<>();
    ProblemConstants p = problem();
    DeviceConstants d = device(spec);
    if (!Theorem3_7RiderConvergence.cStarFeasible(p, d)) {
      out.add("C* >= 4 sqrt(2) sigma kappa2^1.5 / sqrt(mu)");
    }
    if (p.cStar() < Theorem3_7RiderConvergence.cStarThresholdAsPrinted(p, d)) {
      out.add("C* >= (4 sqrt(2) sigma / mu) kappa2^1.5 (as printed)");
    }
    for (RiderConstraint c : Theorem3_7RiderConvergence.violatedConstraints(p, d,
        new RiderStepSizes(spec.lr(), spec.beta(), spec.eta(), spec.gamma()))) {
      out.add(c.formula());
    }
    return out;
  }
}
