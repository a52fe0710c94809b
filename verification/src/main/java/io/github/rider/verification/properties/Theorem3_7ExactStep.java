package io.github.rider.verification.properties;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.RiderMeanFieldStep;
import io.github.rider.theory.RiderMeanFieldStep.Device;
import io.github.rider.theory.RiderMeanFieldStep.Moments;
import io.github.rider.theory.RiderMeanFieldStep.State;
import io.github.rider.theory.RiderMeanFieldStep.StepMoments;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.rider.RiderImplementation;
import io.github.rider.verification.rider.RiderState;
import java.util.Locale;

/**
 * Theorem 3.7's check against the exact recursion: the loose bound (72) cannot notice a step size or
 * a noise term off by a factor 2, so a RIDER implementation is also compared with theory's {@link
 * RiderMeanFieldStep}, eqs. (11a), (12), (11b) written from the paper (the linear devices (103) in
 * closed form, other devices through their q+ and q-):
 *
 * <ol>
 *   <li>noise-free trajectory (gradient noise s = 0, b = 0): from W_0 = P_0 = Q_0 = 0 every state
 *       W_k, P_k, Q_k, k = 0..K, must agree with the recursion iterated on its own within {@value
 *       #TRAJECTORY_TOLERANCE} (absolute): both compute the same formulas in a different order, so
 *       they differ by rounding (~1e-16 per step) that the non-expanding step does not amplify;
 *   <li>one-step moments: at the states k = 1, K/8 and K of that trajectory, {@value #REPLICAS}
 *       replicas of one step with the Gaussian gradient noise; per coordinate and for each of W', P',
 *       Q', the replica mean must lie within t of the exact mean and the root mean square deviation
 *       from the exact mean, T, within [sqrt(max(0, sigma^2 - L^2/R)) - t, sigma + t] of the exact
 *       standard deviation sigma, with t = L sqrt(2 ln(2/delta)/R). Each coordinate is an L-Lipschitz
 *       function of the standard-normal noise ({@link Moments#lipschitz()}), so the replica mean and T
 *       are (L/sqrt R)-Lipschitz functions of the R noises: by Gaussian concentration (Tsirelson,
 *       Ibragimov, Sudakov) each leaves its expectation by more than t with probability at most delta,
 *       and by the Gaussian Poincare inequality sigma^2 - L^2/R &lt;= (E T)^2 &lt;= sigma^2. With 36
 *       such comparisons per try (3 states, 2 coordinates, 3 quantities, mean and T), delta = the
 *       check's share of the per-try false-failure probability / 36: not asymptotic, no normal
 *       approximation.
 * </ol>
 *
 * <p>The production arrays clip to the response's range and the exact step does not: the states
 * compared lie in the boxes of the check, hundreds of Lipschitz lengths L from the range's ends, where
 * the Gaussian tail that clipping would cut is far below any tolerance here.
 */
final class Theorem3_7ExactStep {

  /** Replicas of the one-step comparison per state. */
  static final int REPLICAS = 2000;
  /** Absolute tolerance of the noise-free trajectory comparison (rounding only). */
  static final double TRAJECTORY_TOLERANCE = 1e-10;
  private static final int QUANTITIES = 3;
  private static final String[] NAMES = {"W", "P", "Q"};

  private Theorem3_7ExactStep() {}

  /**
   * The comparison's outcome.
   *
   * @param trajectoryError largest |production - exact| over the noise-free trajectory
   * @param momentRatio     largest |deviation| / allowed deviation of the one-step comparisons (&gt; 1
   *                        fails)
   * @param passed          both comparisons hold
   * @param note            the numbers, for reports
   */
  record Outcome(double trajectoryError, double momentRatio, boolean passed, String note) {}

  /** How many one-step comparisons a try makes (3 states x dimension x 3 quantities x 2). */
  static int comparisons(int dimension) {
    return 3 * dimension * QUANTITIES * 2;
  }

  /**
   * Compares {@code impl} with the exact step on problem {@code f} (its noise std is the gradient
   * noise of the one-step comparison) with K = {@code k}; the one-step comparisons together fail a
   * correct implementation with probability at most {@code failure}.
   */
  static Outcome compare(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps,
      long k, RiderImplementation impl, RandomStreams streams, double failure) {
    int d = f.dimension();
    Device[] pExact = new Device[d];
    Device[] wExact = new Device[d];
    for (int i = 0; i < d; i++) {
      pExact[i] = exact(pDev[i]);
      wExact[i] = exact(wDev[i]);
    }
    RiderStepSizes s = new RiderStepSizes(steps.alpha(), steps.beta(), steps.eta(), steps.gamma());
    double[] h = f.curvature();
    double[] opt = f.optimum();
    long[] at = {1, Math.max(1, k / 8), k};
    RiderState[] picked = new RiderState[at.length];
    State[] exact = new State[d];
    for (int i = 0; i < d; i++) {
      exact[i] = new State(0, 0, 0);
    }
    double[] err = {0};
    long[] first = {-1};
    PlantedQuadratic noiseFree = new PlantedQuadratic(h, opt, 0);
    impl.trajectory(noiseFree, pDev, wDev, steps, RiderState.zero(d), k, streams.child("noise-free"),
        (it, w, p, q) -> {
          for (int j = 0; j < at.length; j++) {
            if (it == at[j]) {
              picked[j] = new RiderState(w, p, q);
            }
          }
          for (int i = 0; i < d; i++) {
            double e = Math.max(Math.abs(w[i] - exact[i].w()),
                Math.max(Math.abs(p[i] - exact[i].p()), Math.abs(q[i] - exact[i].q())));
            if (!(e <= TRAJECTORY_TOLERANCE) && first[0] < 0) {
              first[0] = it;
            }
            err[0] = Math.max(err[0], Double.isNaN(e) ? Double.POSITIVE_INFINITY : e);
            double m = h[i] * (exact[i].mixedWeight(s.gamma()) - opt[i]);
            exact[i] = RiderMeanFieldStep.next(exact[i], m, pExact[i], wExact[i], s);
          }
        });
    double delta = failure / comparisons(d);
    double worst = 0;
    String worstAt = "";
    for (int j = 0; j < at.length; j++) {
      RiderState from = picked[j];
      double[][][] y = new double[REPLICAS][][];
      RandomStreams replicas = streams.child("one-step", j);
      for (int r = 0; r < REPLICAS; r++) {
        int rr = r;
        impl.trajectory(f, pDev, wDev, steps, from, 1, replicas.child("replica", r), (it, w, p, q) -> {
          if (it == 1) {
            y[rr] = new double[][] {w.clone(), p.clone(), q.clone()};
          }
        });
      }
      for (int i = 0; i < d; i++) {
        State st = new State(from.w()[i], from.p()[i], from.q()[i]);
        double m = h[i] * (st.mixedWeight(s.gamma()) - opt[i]);
        StepMoments em = RiderMeanFieldStep.moments(st, m, f.noiseStd(), pExact[i], wExact[i], s);
        Moments[] ms = {em.w(), em.p(), em.q()};
        for (int c = 0; c < QUANTITIES; c++) {
          double[] ratios = ratios(ms[c], y, c, i, delta);
          for (int t = 0; t < 2; t++) {
            if (!(ratios[t] <= worst)) {
              worst = Double.isNaN(ratios[t]) ? Double.POSITIVE_INFINITY : ratios[t];
              worstAt = String.format(Locale.ROOT, "%s_%d' %s at k = %d", NAMES[c], i,
                  t == 0 ? "mean" : "rms deviation", at[j]);
            }
          }
        }
      }
    }
    boolean ok = err[0] <= TRAJECTORY_TOLERANCE && worst <= 1;
    String note = String.format(Locale.ROOT, "exact recursion (11a), (12), (11b): noise-free trajectory max error"
        + " %.2g (tolerance %.0e%s); one-step moments at k = 1, %d, %d (%d replicas), largest deviation / allowed"
        + " %.3g (%s)%s", err[0], TRAJECTORY_TOLERANCE, first[0] < 0 ? "" : ", first exceeded at k = " + first[0],
        at[1], at[2], REPLICAS, worst, worstAt, ok ? "" : " MISMATCH");
    return new Outcome(err[0], worst, ok, note);
  }

  /**
   * |replica mean - mean| / t and the deviation of T from its window / t (at most 1 inside it), for
   * coordinate i of quantity c.
   */
  private static double[] ratios(Moments exact, double[][][] y, int c, int i, double delta) {
    int n = y.length;
    double sum = 0;
    double sq = 0;
    for (double[][] rep : y) {
      double v = rep[c][i];
      sum += v;
      sq += (v - exact.mean()) * (v - exact.mean());
    }
    double lip = exact.lipschitz();
    double t = lip * Math.sqrt(2 * Math.log(2 / delta) / n);
    double meanDev = Math.abs(sum / n - exact.mean());
    double rms = Math.sqrt(sq / n);
    double lo = Math.sqrt(Math.max(0, exact.variance() - lip * lip / n));
    double hi = exact.sd();
    double rmsDev = rms > hi ? rms - hi : rms < lo ? lo - rms : 0;
    return new double[] {meanDev / t, rmsDev / t};
  }

  /** The exact model's device: the linear device (103) in theory's closed form, else its q+ and q-. */
  static Device exact(ResponseFunction r) {
    if (r instanceof LinearResponse l) {
      return Device.linear(l.alphaPlus(), l.alphaMinus(), l.tauMax(), l.tauMin());
    }
    return new Device(r::qPlus, r::qMinus);
  }
}
