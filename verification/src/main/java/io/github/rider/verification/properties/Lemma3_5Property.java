package io.github.rider.verification.properties;

import io.github.rider.theory.Lemma3_5EmaWindow;
import io.github.rider.verification.gen.Gens;
import io.github.rider.verification.rider.EmaImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Lemma 3.5 (App. D.1): with G_p(W*) = 0 and cos(P_{k+1} - W*, P_{k+1} - Q_k) &gt; 0, every eta in
 * the window (max{1 - 2||P - W*|| cos(theta)/||P - Q||, 0}, 1) gives ||Q_{k+1} - W*||^2 &lt;
 * ||P_{k+1} - W*||^2 for the EMA step Q_{k+1} = (1 - eta) Q_k + eta P_{k+1} (12).
 *
 * <p>Each try draws D in [1, 10], W*, P, Q with coordinates uniform in [-1, 1] (redrawn until
 * cos(theta) &gt; 0) and an eta uniform in the window of {@link Lemma3_5EmaWindow}; the EMA step is
 * the production filter of RIDER ({@code algorithms.ReferenceEma}, not the lemma's identity) and
 * must bring Q strictly closer to W*
 * than P. Below a non-zero lower end of the window (eta uniform in (0, lower)) the distance must
 * not shrink (the window is exact). The identity of the proof must match the direct computation
 * to 1e-9 relative. Deterministic: every try must pass. Tightness: ||Q_{k+1} - W*||^2 /
 * ||P_{k+1} - W*||^2 (&lt; 1 when the lemma holds).
 */
public final class Lemma3_5Property extends BaseProperty {

  public Lemma3_5Property() {
    super("Lemma 3.5",
        "arXiv 2602.21321, Lemma 3.5 (13), explicit eta window of App. D.1", 500, Mutation.MISSING_EMA);
  }

  private record Instance(double[] sp, double[] p, double[] q, double u) {}

  @Override
  public String implementation() {
    return "algorithms.ReferenceEma (the EMA (12) of Rider and ERider)";
  }

  @Override
  public PropertyResult run(int tries, long seed, Mutation mutation) {
    Verdicts.requireMutation(this, mutation);
    List<Instance> instances = Gens.sample(instances(), tries, seed);
    double[] ratios = new double[tries];
    int failures = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      Instance x = instances.get(i);
      double lower = Lemma3_5EmaWindow.etaLowerBound(x.p(), x.q(), x.sp());
      double eta = lower + (1 - lower) * (0.001 + 0.998 * x.u());
      EmaImplementation ema = mutation == Mutation.MISSING_EMA ? EmaImplementation.FILTER_REMOVED
          : EmaImplementation.PRODUCTION;
      double[] next = x.q().clone();
      ema.step(next, x.p(), eta);
      double after = Lemma3_5EmaWindow.distanceSquared(next, x.sp());
      double before = Lemma3_5EmaWindow.distanceSquared(x.p(), x.sp());
      ratios[i] = after / before;
      double identity = Lemma3_5EmaWindow.distanceSquaredIdentity(x.p(), x.q(), x.sp(), eta);
      boolean ok = after < before
          && (mutation != Mutation.NONE || Math.abs(identity - after) <= 1e-9 * Math.max(1, after));
      if (ok && lower > 0) {
        double below = lower * (0.001 + 0.998 * x.u());
        double[] outside = x.q().clone();
        ema.step(outside, x.p(), below);
        ok = Lemma3_5EmaWindow.distanceSquared(outside, x.sp()) >= before * (1 - 1e-12);
      }
      if (!ok) {
        failures++;
        if (notes.size() < 3) {
          notes.add(String.format(Locale.ROOT, "failed at D = %d, eta %.4g (window lower end %.4g): %.6g vs %.6g",
              x.p().length, eta, lower, after, before));
        }
      }
    }
    return Verdicts.result(this, "EMA step with eta in the window brings Q strictly closer to the SP than P; eta below the window does"
            + " not; the proof's identity equals the direct computation",
        "D in [1, 10], coordinates of W*, P, Q uniform in [-1, 1] with cos(theta) > 0, eta uniform in the window",
        mutation, tries, seed, ratios, false, failures, tries, notes);
  }

  private static Gen<Instance> instances() {
    return Gens.uniform(1, 10.999).flatMap(dd -> {
      int d = (int) Math.floor(dd);
      Gen<List<Double>> v = Gens.listOf(Gens.uniform(-1, 1, 0), 3 * d);
      return v.zip(Gens.uniform(0, 1), (xs, u) -> {
        double[] sp = new double[d];
        double[] p = new double[d];
        double[] q = new double[d];
        for (int k = 0; k < d; k++) {
          sp[k] = xs.get(k);
          p[k] = xs.get(d + k);
          q[k] = xs.get(2 * d + k);
        }
        return new Instance(sp, p, q, u);
      });
    }).assuming(x -> {
      double ps = Lemma3_5EmaWindow.distanceSquared(x.p(), x.sp());
      double pq = Lemma3_5EmaWindow.distanceSquared(x.p(), x.q());
      return ps > 1e-6 && pq > 1e-6 && Lemma3_5EmaWindow.cosTheta(x.p(), x.q(), x.sp()) > 1e-3;
    });
  }
}
