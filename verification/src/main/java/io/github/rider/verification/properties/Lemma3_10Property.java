package io.github.rider.verification.properties;

import io.github.rider.theory.Lemma3_10EmaFilter;
import io.github.rider.verification.gen.Gens;
import io.github.rider.verification.rider.EmaImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lemma 3.10: the EMA (12) is the low-pass filter with |H(e^{j omega})|^2 = eta^2 / (1 + (1 -
 * eta)^2 - 2 (1 - eta) cos omega) (16). Each try draws eta log-uniform in [1e-3, 0.9] and omega
 * uniform in [0.01, pi], drives the production EMA ({@code algorithms.ReferenceEma}) with P_k = cos(omega k) and with sin(omega k), and after
 * 60/eta steps (transient (1 - eta)^k &lt; e^-60) measures the output power |y_cos + j y_sin|^2,
 * which for the linear filter is exactly |H(e^{j omega})|^2 times |e^{j omega k}|^2 = 1. The
 * measured gain A^2 must equal the closed form to {@value #TOLERANCE} relative (round-off only);
 * deterministic. Tightness: measured / closed form.
 */
public final class Lemma3_10Property extends BaseProperty {

  public Lemma3_10Property() {
    super("Lemma 3.10", "arXiv 2602.21321, Lemma 3.10, eqs. (16), (49), (50)", 200, Mutation.MISSING_EMA);
  }

  static final double TOLERANCE = 1e-6;

  @Override
  public String implementation() {
    return "algorithms.ReferenceEma (the EMA (12) of Rider and ERider), on two coordinates";
  }

  private record Instance(double eta, double omega) {}

  @Override
  public PropertyResult run(int tries, long seed, Mutation mutation) {
    Verdicts.requireMutation(this, mutation);
    List<Instance> xs = Gens.sample(
        Gens.logUniform(1e-3, 0.9).zip(Gens.uniform(0.01, Math.PI, Math.PI), Instance::new), tries, seed);
    double[] ratios = new double[tries];
    int failures = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      Instance x = xs.get(i);
      double measured = measuredGain(x.eta(), x.omega(),
          mutation == Mutation.MISSING_EMA ? EmaImplementation.FILTER_REMOVED : EmaImplementation.PRODUCTION);
      double expected = Lemma3_10EmaFilter.magnitudeSquared(x.eta(), x.omega());
      ratios[i] = measured / expected;
      if (!(Math.abs(measured - expected) <= TOLERANCE * expected)) {
        failures++;
        if (notes.size() < 3) {
          notes.add(String.format(Locale.ROOT, "eta %.4g, omega %.4g: measured %.8g, closed form %.8g", x.eta(),
              x.omega(), measured, expected));
        }
      }
    }
    return Verdicts.result(this, "steady-state power gain of the EMA on a sinusoid = |H(e^{j omega})|^2 of (16), relative error <= " + TOLERANCE,
        "eta log-uniform in [1e-3, 0.9], omega uniform in [0.01, pi]",
        mutation, tries, seed, ratios, false, failures, tries, notes);
  }

  /**
   * Power gain of the EMA (or of no filter, Q = P) on e^{j omega k}, from the steady state: the
   * EMA is linear, so it is run on cos(omega k) and sin(omega k) and |y_cos + j y_sin|^2 = |H|^2.
   */
  static double measuredGain(double eta, double omega, EmaImplementation ema) {
    long steps = (long) Math.ceil(60 / eta);
    double[] y = new double[2];
    double[] x = new double[2];
    for (long k = 0; k <= steps; k++) {
      x[0] = Math.cos(omega * k);
      x[1] = Math.sin(omega * k);
      ema.step(y, x, eta);
    }
    return y[0] * y[0] + y[1] * y[1];
  }
}
