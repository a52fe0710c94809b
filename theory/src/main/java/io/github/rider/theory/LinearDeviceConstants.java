package io.github.rider.theory;

/**
 * The paper's linear device (App. F.1, eq. (103)) and its constants for the zero-shifting bounds:
 *
 * <pre>
 *   q+(w) = a+ (1 - w/tau_max),   q-(w) = a- (1 + w/tau_min),   a+-, tau_max, tau_min &gt; 0
 *   w*    = (a+ - a-) / (a+/tau_max + a-/tau_min)              (solves q+ = q-)
 *   G(w)  = [(a- - a+) + w (a+/tau_max + a-/tau_min)] / 2
 *   mu_q  = min(a+/tau_max, a-/tau_min),   L_q = (a+/tau_max + a-/tau_min) / 2
 * </pre>
 *
 * <b>Erratum (eq. 104).</b> The paper prints w* = (a+ - a-)/(a+/tau_max - a-/tau_min), which is the
 * AIHWKit SoftBounds formula with a <em>signed</em> (negative) lower bound b_min = -tau_min; with
 * tau_min &gt; 0 as in (103) the sign must be "+". {@link #symmetricPointAsPrintedEq104} keeps the
 * printed variant for comparison.
 */
public final class LinearDeviceConstants {

  private LinearDeviceConstants() {}

  /** q+(w) = a+ (1 - w/tau_max). */
  public static double qPlus(double aPlus, double tauMax, double w) {
    return aPlus * (1 - w / tauMax);
  }

  /** q-(w) = a- (1 + w/tau_min). */
  public static double qMinus(double aMinus, double tauMin, double w) {
    return aMinus * (1 + w / tauMin);
  }

  /** The symmetric point (corrected eq. 104): (a+ - a-)/(a+/tau_max + a-/tau_min). */
  public static double symmetricPoint(double aPlus, double aMinus, double tauMax, double tauMin) {
    check(aPlus, aMinus, tauMax, tauMin);
    return (aPlus - aMinus) / (aPlus / tauMax + aMinus / tauMin);
  }

  /** Eq. (104) as printed: (a+ - a-)/(a+/tau_max - a-/tau_min). Wrong for tau_min &gt; 0; comparison only. */
  public static double symmetricPointAsPrintedEq104(
      double aPlus, double aMinus, double tauMax, double tauMin) {
    check(aPlus, aMinus, tauMax, tauMin);
    return (aPlus - aMinus) / (aPlus / tauMax - aMinus / tauMin);
  }

  /** mu_q = min(a+/tau_max, a-/tau_min) (Definition C.1). */
  public static double muQ(double aPlus, double aMinus, double tauMax, double tauMin) {
    check(aPlus, aMinus, tauMax, tauMin);
    return Math.min(aPlus / tauMax, aMinus / tauMin);
  }

  /** L_q = max G' = (a+/tau_max + a-/tau_min)/2. */
  public static double lQ(double aPlus, double aMinus, double tauMax, double tauMin) {
    check(aPlus, aMinus, tauMax, tauMin);
    return (aPlus / tauMax + aMinus / tauMin) / 2;
  }

  /**
   * Response constants on the operating interval [wLow, wHigh]: q+ falls and q- rises, so
   * q_min = min(q+(wHigh), q-(wLow)) and q_max = max(q+(wLow), q-(wHigh)); q_min must be &gt; 0
   * (Definition 2.1), i.e. the interval must lie inside (-tau_min, tau_max).
   */
  public static ResponseConstants responseConstants(
      double aPlus, double aMinus, double tauMax, double tauMin, double wLow, double wHigh) {
    check(aPlus, aMinus, tauMax, tauMin);
    Require.finite("wLow", wLow);
    Require.finite("wHigh", wHigh);
    if (!(wLow <= wHigh)) {
      throw new IllegalArgumentException("wLow must be <= wHigh, was " + wLow + " > " + wHigh);
    }
    double qMin = Math.min(qPlus(aPlus, tauMax, wHigh), qMinus(aMinus, tauMin, wLow));
    double qMax = Math.max(qPlus(aPlus, tauMax, wLow), qMinus(aMinus, tauMin, wHigh));
    return new ResponseConstants(
        qMin, qMax, muQ(aPlus, aMinus, tauMax, tauMin), lQ(aPlus, aMinus, tauMax, tauMin));
  }

  private static void check(double aPlus, double aMinus, double tauMax, double tauMin) {
    Require.positive("aPlus (alpha+)", aPlus);
    Require.positive("aMinus (alpha-)", aMinus);
    Require.positive("tauMax", tauMax);
    Require.positive("tauMin", tauMin);
  }
}
