package io.github.rider.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;

/**
 * One iteration of RIDER (Algorithm 2 of arXiv 2602.21321, §2.3) in the mean-field model with b =
 * b' = 0, for one coordinate, and its exact conditional moments when the stochastic gradient is
 * Gaussian. With F = (q- + q+)/2 and G = (q- - q+)/2 of the P device (at P) and of the W device (at W):
 *
 * <pre>
 *   P' = P - alpha g F_p(P) - alpha |g| G_p(P)                      (11a)
 *   Q' = (1 - eta) Q + eta P'                                       (12)
 *   W' = W + beta x F_w(W) - beta |x| G_w(W),   x = P' - Q          (11b)
 * </pre>
 *
 * where g = grad f(W_bar; xi) is the gradient sample at W_bar = W + gamma (P - Q) and (11b) reads
 * the old Q. Since g F + |g| G = q- g for g &gt;= 0 and q+ g for g &lt; 0 (likewise for x), each of
 * P', Q', W' is a continuous piecewise-linear function of g, with kinks where g = 0 and where x = 0.
 *
 * <p><b>Exact moments.</b> For g ~ N(m, s^2), write g = m + s z with z standard normal; on a piece
 * (l, u) of the z axis a coordinate is a + b z, and its moments are sums over the pieces of the
 * truncated-normal integrals M_j = int_l^u z^j phi(z) dz:
 *
 * <pre>
 *   M_0 = Phi(u) - Phi(l),   M_1 = phi(l) - phi(u),   M_2 = M_0 + l phi(l) - u phi(u),
 *   E[Y] = sum (a M_0 + b M_1),   Var[Y] = sum (c^2 M_0 + 2 c b M_1 + b^2 M_2),  c = a - E[Y].
 * </pre>
 *
 * For example with m = 0, E[P'] = P - alpha G_p(P) E|g| with E|g| = s sqrt(2/pi), and
 * Var[P'] = alpha^2 s^2 ((q+^2 + q-^2)/2 - (q- - q+)^2/(2 pi)). The mean recursion over many
 * iterations does not close (E|g| and E|x| depend on the whole distribution of the state), but one
 * step from a given state is exact. Each coordinate is also Lipschitz in z with constant max |b|
 * over its pieces ({@link Moments#lipschitz()}), which gives distribution-free (Gaussian
 * concentration) tolerances for comparing a simulation with these moments.
 */
public final class RiderMeanFieldStep {

  private static final double SQRT2 = Math.sqrt(2);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private RiderMeanFieldStep() {}

  /**
   * A device's pulse response: q+(w), q-(w) &gt; 0 (Definition 2.1), from which F = (q- + q+)/2 and
   * G = (q- - q+)/2.
   */
  public record Device(DoubleUnaryOperator qPlus, DoubleUnaryOperator qMinus) {

    /** The linear device (103) in closed form ({@link LinearDeviceConstants}). */
    public static Device linear(double aPlus, double aMinus, double tauMax, double tauMin) {
      Require.positive("aPlus", aPlus);
      Require.positive("aMinus", aMinus);
      Require.positive("tauMax", tauMax);
      Require.positive("tauMin", tauMin);
      return new Device(w -> LinearDeviceConstants.qPlus(aPlus, tauMax, w),
          w -> LinearDeviceConstants.qMinus(aMinus, tauMin, w));
    }

    /** F(w) = (q-(w) + q+(w))/2. */
    public double f(double w) {
      return 0.5 * (qMinus.applyAsDouble(w) + qPlus.applyAsDouble(w));
    }

    /** G(w) = (q-(w) - q+(w))/2. */
    public double g(double w) {
      return 0.5 * (qMinus.applyAsDouble(w) - qPlus.applyAsDouble(w));
    }
  }

  /** One coordinate of RIDER's state: the analog W and P and the digital reference Q. */
  public record State(double w, double p, double q) {

    public State {
      Require.finite("W", w);
      Require.finite("P", p);
      Require.finite("Q", q);
    }

    /** W_bar = W + gamma (P - Q), where the gradient is sampled. */
    public double mixedWeight(double gamma) {
      return w + gamma * (p - q);
    }
  }

  /**
   * Moments of one coordinate after the step, given the state.
   *
   * @param mean      E[Y]
   * @param variance  Var[Y]
   * @param lipschitz largest |dY/dz| over the pieces (z the standard-normal gradient noise): Y is a
   *                  lipschitz-Lipschitz function of z
   */
  public record Moments(double mean, double variance, double lipschitz) {

    /** sqrt(Var[Y]). */
    public double sd() {
      return Math.sqrt(variance);
    }
  }

  /** The moments of W', P' and Q' of one coordinate. */
  public record StepMoments(Moments w, Moments p, Moments q) {}

  /** (11a), (12), (11b) for the gradient sample {@code g}, as the paper writes them (with F and G). */
  public static State next(State s, double g, Device pDev, Device wDev, RiderStepSizes steps) {
    Require.finite("g", g);
    double p = s.p() - steps.alpha() * g * pDev.f(s.p()) - steps.alpha() * Math.abs(g) * pDev.g(s.p());
    double q = (1 - steps.eta()) * s.q() + steps.eta() * p;
    double x = p - s.q();
    double w = s.w() + steps.beta() * x * wDev.f(s.w()) - steps.beta() * Math.abs(x) * wDev.g(s.w());
    return new State(w, p, q);
  }

  /**
   * The exact moments of W_{k+1}, P_{k+1}, Q_{k+1} given W_k, P_k, Q_k = {@code s} when the gradient
   * sample is N(gradMean, gradStd^2) (gradStd = 0: the deterministic step).
   */
  public static StepMoments moments(State s, double gradMean, double gradStd, Device pDev, Device wDev,
      RiderStepSizes steps) {
    Require.finite("gradMean", gradMean);
    Require.nonNegative("gradStd", gradStd);
    if (gradStd == 0) {
      State n = next(s, gradMean, pDev, wDev, steps);
      return new StepMoments(new Moments(n.w(), 0, 0), new Moments(n.p(), 0, 0), new Moments(n.q(), 0, 0));
    }
    double alpha = steps.alpha();
    double qpPlus = pDev.qPlus().applyAsDouble(s.p());
    double qpMinus = pDev.qMinus().applyAsDouble(s.p());
    double qwPlus = wDev.qPlus().applyAsDouble(s.w());
    double qwMinus = wDev.qMinus().applyAsDouble(s.w());
    // P' on z: g < 0 (z < -m/s) uses q+, g >= 0 uses q-
    double z0 = -gradMean / gradStd;
    List<Piece> pPieces = new ArrayList<>();
    pPieces.add(new Piece(Double.NEGATIVE_INFINITY, z0, s.p() - alpha * qpPlus * gradMean, -alpha * qpPlus * gradStd));
    pPieces.add(new Piece(z0, Double.POSITIVE_INFINITY, s.p() - alpha * qpMinus * gradMean,
        -alpha * qpMinus * gradStd));
    List<Piece> qPieces = new ArrayList<>();
    List<Piece> wPieces = new ArrayList<>();
    for (Piece pc : pPieces) {
      qPieces.add(new Piece(pc.lo, pc.hi, (1 - steps.eta()) * s.q() + steps.eta() * pc.a, steps.eta() * pc.b));
      // x = P' - Q, split where it changes sign; x >= 0 uses q+ of W, x < 0 uses q-
      for (Piece x : pc.shifted(-s.q()).splitAtZero()) {
        double slope = steps.beta() * (x.valueInside() >= 0 ? qwPlus : qwMinus);
        wPieces.add(new Piece(x.lo, x.hi, s.w() + slope * x.a, slope * x.b));
      }
    }
    return new StepMoments(moments(wPieces), moments(pPieces), moments(qPieces));
  }

  private static Moments moments(List<Piece> pieces) {
    double mean = 0;
    double lip = 0;
    for (Piece pc : pieces) {
      mean += pc.a * pc.m0() + pc.b * pc.m1();
      lip = Math.max(lip, Math.abs(pc.b));
    }
    double var = 0;
    for (Piece pc : pieces) {
      double c = pc.a - mean;
      var += c * c * pc.m0() + 2 * c * pc.b * pc.m1() + pc.b * pc.b * pc.m2();
    }
    return new Moments(mean, Math.max(0, var), lip);
  }

  /** Y = a + b z on the z interval (lo, hi). */
  private record Piece(double lo, double hi, double a, double b) {

    Piece shifted(double by) {
      return new Piece(lo, hi, a + by, b);
    }

    /** This piece cut where a + b z = 0, if that lies inside. */
    List<Piece> splitAtZero() {
      if (b != 0) {
        double root = -a / b;
        if (root > lo && root < hi) {
          return List.of(new Piece(lo, root, a, b), new Piece(root, hi, a, b));
        }
      }
      return List.of(this);
    }

    /** The value at an interior point (the sign of a piece that does not cross 0). */
    double valueInside() {
      double z = Double.isInfinite(lo) ? (Double.isInfinite(hi) ? 0 : hi - 1) : Double.isInfinite(hi) ? lo + 1
          : 0.5 * (lo + hi);
      return a + b * z;
    }

    /** P(lo &lt; z &lt; hi), from the upper tail when lo &gt;= 0 (no cancellation). */
    double m0() {
      return lo >= 0 ? upperTail(lo) - upperTail(hi) : upperTail(-hi) - upperTail(-lo);
    }

    double m1() {
      return phi(lo) - phi(hi);
    }

    double m2() {
      return m0() + zPhi(lo) - zPhi(hi);
    }

    private static double upperTail(double z) {
      return z == Double.POSITIVE_INFINITY ? 0 : z == Double.NEGATIVE_INFINITY ? 1 : 0.5 * Erf.erfc(z / SQRT2);
    }

    private static double phi(double z) {
      return Double.isInfinite(z) ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    private static double zPhi(double z) {
      return Double.isInfinite(z) ? 0 : z * phi(z);
    }
  }
}
