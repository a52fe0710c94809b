package io.github.rider.theory;

import java.util.List;
import java.util.OptionalLong;

/**
 * The zero-shifting recursions of the paper (arXiv 2602.21321) solved exactly for the mean of one
 * device whose responses are affine, as the paper's linear device (103) and AIHWKit's SoftBounds
 * are: Algorithm 1's random pulses (7), the process of Theorems 2.2 and C.2, and the cyclic model
 * (31) of App. C (a down pulse, then an up pulse), the process of Theorems C.3 and C.4. Around the
 * symmetric point w_sp (Definition 1.1), with e = w - w_sp:
 *
 * <pre>
 *   q+(w) = q_sp - s+ e,   q-(w) = q_sp + s- e,   s+ = a+/tau_max,  s- = a-/tau_min,  q_sp = q+(w_sp) = q-(w_sp)
 *   random (7):   E e_{n+1} = (1 - dw L_q) E e_n,   L_q = (s+ + s-)/2       =&gt;  E e_N = (1 - dw L_q)^N e0
 *   cyclic (31):  down e' = (1 - dw s-) e - dw q_sp,  up e'' = (1 - dw s+) e' + dw q_sp = A e + B,
 *                 A = (1 - dw s+)(1 - dw s-),  B = dw^2 s+ q_sp
 *                 =&gt;  e_{2m} = A^m (e0 - e_c) + e_c,   e_c = B/(1 - A) = dw s+ q_sp / (s+ + s- - dw s+ s-)
 * </pre>
 *
 * Both maps are affine in e, so they hold for the expectation under zero-mean multiplicative
 * cycle-to-cycle noise on each pulse too. A &lt;= (1 - dw mu_q)^2 with mu_q = min(s+, s-) is the
 * contraction of Theorem C.4's recursion (42); the bias e_c of the cyclic estimate is Theta(dw_min)
 * (its square is the O(dw_min^2) true floor under Theorem C.4's O(dw_min) bound). Random ZS has no
 * bias in the mean.
 *
 * <p><b>Pulses to a target.</b> Cyclic: the smallest whole number of cycles with |e_N| &lt;= delta
 * is m = ceil(log(|e0 - e_c| / (delta - sgn(e0 - e_c) e_c)) / (-log A)) when |e_c| &lt; delta; there
 * is none when |e_c| &gt;= delta (the estimate settles outside the target). Random: N =
 * ceil(log(|e0|/delta) / (-log(1 - dw L_q))). For dw_min -&gt; 0 both tend to N = log(|e0|/delta) /
 * (dw_min L_q): N ~ 1/dw_min, Theorem 2.2's and C.2's scaling; at larger dw_min the cyclic bias eats
 * into delta and N grows faster than 1/dw_min.
 *
 * @param dwMin     response granularity dw_min (&gt; 0)
 * @param qAtSp     q_sp = q+(w_sp) = q-(w_sp) (&gt; 0, Definition 2.1)
 * @param slopeUp   s+ = -dq+/dw (&gt; 0, Definition C.1), with dw_min s+ &lt; 1
 * @param slopeDown s- = dq-/dw (&gt; 0, Definition C.1), with dw_min s- &lt; 1
 */
public record ZsMeanRecursion(double dwMin, double qAtSp, double slopeUp, double slopeDown) {

  /** Which pulse sequence. */
  public enum Sequence {
    /** Algorithm 1: random signs, eq. (7). */
    RANDOM,
    /** Kim et al.'s alternating down, up, down, ..., model (31). */
    CYCLIC
  }

  public ZsMeanRecursion {
    Require.positive("dwMin", dwMin);
    Require.positive("qAtSp (q at the symmetric point)", qAtSp);
    Require.positive("slopeUp (s+ = -dq+/dw, Definition C.1)", slopeUp);
    Require.positive("slopeDown (s- = dq-/dw, Definition C.1)", slopeDown);
    if (!(dwMin * slopeUp < 1 && dwMin * slopeDown < 1)) {
      throw new IllegalArgumentException("the recursion needs dw_min s+ < 1 and dw_min s- < 1 (a "
          + "pulse must not step past the symmetric point), was dw_min = " + dwMin + ", s+ = "
          + slopeUp + ", s- = " + slopeDown);
    }
  }

  /**
   * The paper's linear device (103), q+ = a+ (1 - w/tau_max), q- = a- (1 + w/tau_min): w_sp from
   * the corrected (104), q_sp = q+(w_sp), s+ = a+/tau_max, s- = a-/tau_min.
   */
  public static ZsMeanRecursion ofLinearDevice(
      double dwMin, double aPlus, double aMinus, double tauMax, double tauMin) {
    double sp = LinearDeviceConstants.symmetricPoint(aPlus, aMinus, tauMax, tauMin);
    return new ZsMeanRecursion(dwMin, LinearDeviceConstants.qPlus(aPlus, tauMax, sp),
        aPlus / tauMax, aMinus / tauMin);
  }

  /**
   * An affine response q+ = p0 + p1 w, q- = m0 + m1 w (p1 &lt; 0 &lt; m1): w_sp = (p0 - m0)/(m1 -
   * p1), q_sp = p0 + p1 w_sp, s+ = -p1, s- = m1.
   */
  public static ZsMeanRecursion ofAffine(double dwMin, double p0, double p1, double m0, double m1) {
    Require.finite("p0", p0);
    Require.finite("m0", m0);
    Require.positive("-p1 (q+ must fall, Definition C.1)", -p1);
    Require.positive("m1 (q- must rise, Definition C.1)", m1);
    double sp = (p0 - m0) / (m1 - p1);
    return new ZsMeanRecursion(dwMin, p0 + p1 * sp, -p1, m1);
  }

  /** 1 - dw L_q, the factor of one random pulse on the mean. */
  public double randomFactor() {
    return 1 - dwMin * (slopeUp + slopeDown) / 2;
  }

  /** A = (1 - dw s+)(1 - dw s-), the factor of one down/up cycle. */
  public double cycleFactor() {
    return (1 - dwMin * slopeUp) * (1 - dwMin * slopeDown);
  }

  /** B = dw^2 s+ q_sp, the offset of one cycle. */
  public double cycleOffset() {
    return dwMin * dwMin * slopeUp * qAtSp;
  }

  /** e_c = B/(1 - A) = dw s+ q_sp / (s+ + s- - dw s+ s-): the bias the cyclic estimate settles at. */
  public double bias() {
    return dwMin * slopeUp * qAtSp / (slopeUp + slopeDown - dwMin * slopeUp * slopeDown);
  }

  /**
   * E(w_N - w_sp) after N pulses from e0 = w_0 - w_sp. Random: (1 - dw L_q)^N e0. Cyclic: A^m (e0 -
   * e_c) + e_c for N = 2m, and one more down pulse for N = 2m + 1.
   */
  public double meanError(Sequence sequence, double e0, long pulses) {
    Require.notNull("sequence", sequence);
    Require.finite("e0", e0);
    Require.nonNegative("pulses", pulses);
    if (sequence == Sequence.RANDOM) {
      return Math.pow(randomFactor(), pulses) * e0;
    }
    double ec = bias();
    double even = Math.pow(cycleFactor(), pulses / 2) * (e0 - ec) + ec;
    return pulses % 2 == 0 ? even : (1 - dwMin * slopeDown) * even - dwMin * qAtSp;
  }

  /**
   * The smallest N with |E e_N| &lt;= delta (cyclic: even N, whole cycles), see the class comment;
   * empty when the cyclic bias |e_c| &gt;= delta and |e0| &gt; delta.
   */
  public OptionalLong pulsesWithin(Sequence sequence, double e0, double delta) {
    Require.notNull("sequence", sequence);
    Require.finite("e0", e0);
    Require.positive("delta", delta);
    if (Math.abs(e0) <= delta) {
      return OptionalLong.of(0);
    }
    boolean cyclic = sequence == Sequence.CYCLIC;
    double ec = cyclic ? bias() : 0;
    if (Math.abs(ec) >= delta) {
      return OptionalLong.empty();
    }
    double gap = Math.abs(e0 - ec);
    double room = delta - Math.signum(e0 - ec) * ec;
    double factor = cyclic ? cycleFactor() : randomFactor();
    int step = cyclic ? 2 : 1;
    long k = Require.ceilToLong("steps", Math.log(gap / room) / -Math.log(factor));
    // guard the last ulp of the logarithms: step until the target really holds
    while (Math.abs(meanError(sequence, e0, step * k)) > delta) {
      k++;
    }
    while (k > 0 && Math.abs(meanError(sequence, e0, step * (k - 1))) <= delta) {
      k--;
    }
    return OptionalLong.of(step * k);
  }

  /**
   * The mean over devices of E(w_N - w_sp): (1/n) sum_i devices_i.meanError(e0_i, N), what the
   * mean of n independently pulsed devices' estimates minus the mean of their SPs tends to.
   */
  public static double populationMeanError(
      Sequence sequence, List<ZsMeanRecursion> devices, double[] e0, long pulses) {
    if (devices.isEmpty() || devices.size() != e0.length) {
      throw new IllegalArgumentException("devices and e0 must be non-empty and of equal length, were "
          + devices.size() + " and " + e0.length);
    }
    double s = 0;
    for (int i = 0; i < e0.length; i++) {
      s += devices.get(i).meanError(sequence, e0[i], pulses);
    }
    return s / e0.length;
  }
}
