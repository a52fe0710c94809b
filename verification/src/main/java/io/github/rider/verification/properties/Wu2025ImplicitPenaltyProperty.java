package io.github.rider.verification.properties;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.Wu2025ImplicitPenalty;
import io.github.rider.verification.gen.Gens;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.sgd.ProductionSgd;
import io.github.rider.verification.sgd.SgdImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * Predecessor: Wu et al. 2025 (arXiv 2502.06309) Theorems 1/5 — Analog SGD on a device with
 * symmetric point W_sp implicitly minimises f + &lt;Sigma, R_c&gt;, R = G/F, so its stationary point
 * is W^S = (h W* + R'(W_sp) Sigma W_sp) / (h + R'(W_sp) Sigma) (scalar, {@link
 * Wu2025ImplicitPenalty}), not W*.
 *
 * <p>Each try: f = (h/2)(w - W*)^2, h in [0.5, 2], W* in [-0.3, 0.3]; stochastic gradient h(w - W*)
 * + n, n ~ N(0, s^2), s in [0.5, 2] (Sigma = E|n| = s sqrt(2/pi)); an ALD device (F = 1, G = R =
 * (w - W_sp)/tau, the realistic tau in [0.6, 1.25], W_sp in [-0.4, 0.4]). Analog SGD in the
 * mean-field model (the production {@code algorithms.AnalogSgd} on a {@code MeanFieldArray},
 * {@link ProductionSgd}), w &larr; w - alpha g F(w) - alpha |g| G(w), alpha = {@value #ALPHA}, from W*,
 * burn-in 10/(alpha h) steps, then the time average over {@value #BATCHES} batches of 10/(alpha h)
 * steps. The time average must be within {@value #RELATIVE} |W^S - W*| + 5 batch-means standard
 * errors + 2 alpha (the O(alpha) bias of the stationary mean) of W^S. The relative tolerance covers
 * the theorem's O((W_sp - W*)^2) linearisation error, which over these ranges is at most 8 % of
 * |W^S - W*| (computed from the exact zero of the mean drift with E|a + n| in closed form). Per-try
 * false failure &lt; 0.01 (5 standard errors), binomial acceptance. Tightness: |mean - W^S| / |W^S -
 * W*| (not reported for tries with |W^S - W*| &lt; 1e-6, i.e. W_sp = W*).
 */
public final class Wu2025ImplicitPenaltyProperty extends BaseProperty {

  static final double ALPHA = 1e-3;
  private static final SgdImplementation IMPLEMENTATION = ProductionSgd.ANALOG_SGD;

  @Override
  public double falseFailureProbability() {
    return Verdicts.SUITE_FAILURE;
  }

  @Override
  public String implementation() {
    return IMPLEMENTATION.name();
  }
  static final int BATCHES = 40;
  static final double RELATIVE = 0.15;

  private record Instance(double h, double wStar, double tau, double sp, double s) {}

  public Wu2025ImplicitPenaltyProperty() {
    super("Wu et al. 2025 Thm 1/5 (implicit penalty)",
        "Wu, Xiao, Gokmen, Fagbohungbe, Chen, NeurIPS 2025 (arXiv 2502.06309), Theorems 1 and 5", 40,
        Mutation.SP_IGNORED, Mutation.WRONG_SIGN_OF_G);
  }

  @Override
  public PropertyResult run(int tries, long seed, Mutation mutation) {
    Verdicts.requireMutation(this, mutation);
    Gen<Instance> gen = Gens.uniform(0.5, 2, 1).zip(Gens.uniform(-0.3, 0.3, 0), Gens.uniform(0.6, 1.25, 1),
        Gens.uniform(-0.4, 0.4, 0), (h, w, tau, sp) -> new double[] {h, w, tau, sp})
        .zip(Gens.uniform(0.5, 2, 1), (a, s) -> new Instance(a[0], a[1], a[2], a[3], s));
    List<Instance> xs = Gens.sample(gen, tries, seed);
    double[] ratios = new double[tries];
    int failures = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      Instance x = xs.get(i);
      ResponseFunction rf = AldResponse.of(x.tau(), x.sp());
      SgdImplementation impl = mutation == Mutation.WRONG_SIGN_OF_G ? IMPLEMENTATION.mutant(mutation) : IMPLEMENTATION;
      double sigma = x.s() * Math.sqrt(2 / Math.PI);
      double spClaimed = mutation == Mutation.SP_IGNORED ? 0 : x.sp();
      double ws = Wu2025ImplicitPenalty.stationaryPoint(x.h(), x.wStar(), 1 / x.tau(), sigma, spClaimed);
      double[] batchMeans = impl.batchMeans(new PlantedQuadratic(new double[] {x.h()}, new double[] {x.wStar()},
          x.s()), rf, ALPHA, (long) Math.ceil(10 / (ALPHA * x.h())), BATCHES,
          RandomStreams.of(Verdicts.trySeed(seed, name(), i)));
      double mean = 0;
      for (double b : batchMeans) {
        mean += b / BATCHES;
      }
      double var = 0;
      for (double b : batchMeans) {
        var += (b - mean) * (b - mean) / (BATCHES - 1);
      }
      double se = Math.sqrt(var / BATCHES);
      double gapToOptimum = Math.abs(ws - x.wStar());
      ratios[i] = gapToOptimum < 1e-6 ? Double.NaN : Math.abs(mean - ws) / gapToOptimum;
      if (!(Math.abs(mean - ws) <= RELATIVE * gapToOptimum + 5 * se + 2 * ALPHA)) {
        failures++;
        if (notes.size() < 3) {
          notes.add(String.format(Locale.ROOT, "try %d: time average %.5f, W^S %.5f, W* %.5f, SP %.4f, SE %.2g",
              i, mean, ws, x.wStar(), x.sp(), se));
        }
      }
    }
    return Verdicts.result(this,
        "time average of Analog SGD (mean field) = W^S within " + RELATIVE + " |W^S - W*| + 5 SE + 2 alpha",
        "h in [0.5, 2], W* in [-0.3, 0.3], gradient noise s in [0.5, 2], ALD device tau in [0.6, 1.25], SP in"
            + " [-0.4, 0.4], alpha = " + ALPHA, mutation, tries, seed, ratios, true, failures, tries, notes);
  }
}
