package io.github.rider.theory;

import java.util.OptionalLong;

/**
 * Pulse budget of zero-shifting calibration for one device, from the last-iterate bounds:
 * Theorem C.2 (random ZS, Algorithm 1) and Theorem C.4 (cyclic ZS, Kim et al. 2019). Pure theory:
 * given the device constants, the distance of the starting weight from the symmetric point and a
 * target delta for E(w_N - w*)^2, it reports the pulses each theorem requires and the minimal delta
 * each can guarantee.
 *
 * <p>The components are exactly the keys of the CLI's JSON output. Conventions:
 * <ul>
 *   <li>{@code pulsesRequiredRandom} = ceil(log(2 e0/delta)/(2 mu_q dw_min)) (Theorem C.2);
 *   <li>{@code pulsesRequiredCyclic} = 2 x ceil(log(2 e0/delta)/(2 r)) pulses (Theorem C.4 counts
 *       down/up cycles; r = dw_min mu_q with the default proof contraction, see
 *       {@link TheoremC4CyclicZsLastIterate.Contraction});
 *   <li>both are 0 when e0 &lt;= delta/2, and <b>-1 (not applicable)</b> when delta is below the
 *       theorem's minimal delta ({@code reachableX == false});
 *   <li>{@code minimalDeltaRandom} = 2 q_max^2 dw_min/mu_q; {@code minimalDeltaCyclic} = 2 q_max^2
 *       (4 + L_q^2/mu_q + 2 mu_q) dw_min/mu_q.
 * </ul>
 * A device outside one theorem's conditions (2 dw_min mu_q &gt;= 1 for both, dw_min &gt; 1/3 for
 * C.4 — the HfO2 RRAM preset with dw_min = 0.4622 is such a device) still gets the other theorem's
 * numbers: the inapplicable side has pulses -1, minimal delta NaN, reachable false, and its
 * {@code notApplicableX} component names the violated condition (null when the theorem applies).
 * A non-monotone device (mu_q &lt;= 0) fits neither theorem and is rejected with an
 * {@link IllegalArgumentException}, as are bad inputs.
 *
 * @param symmetricPoint       w*, the device's symmetric point (echoed from the input)
 * @param qMin                 q_min of the device constants
 * @param qMax                 q_max
 * @param muQ                  mu_q
 * @param lQ                   L_q
 * @param pulsesRequiredRandom pulses of random ZS (Theorem C.2), or -1 if not reachable
 * @param pulsesRequiredCyclic pulses of cyclic ZS (Theorem C.4), or -1 if not reachable
 * @param minimalDeltaRandom   smallest delta Theorem C.2 guarantees
 * @param minimalDeltaCyclic   smallest delta Theorem C.4 guarantees
 * @param reachableRandom      delta &gt;= minimalDeltaRandom
 * @param reachableCyclic      delta &gt;= minimalDeltaCyclic
 * @param notApplicableRandom  null, or the condition of Theorem C.2 the device violates
 * @param notApplicableCyclic  null, or the condition of Theorem C.4 the device violates
 */
public record ZsCalibrationBudget(
    double symmetricPoint,
    double qMin,
    double qMax,
    double muQ,
    double lQ,
    long pulsesRequiredRandom,
    long pulsesRequiredCyclic,
    double minimalDeltaRandom,
    double minimalDeltaCyclic,
    boolean reachableRandom,
    boolean reachableCyclic,
    String notApplicableRandom,
    String notApplicableCyclic) {

  /** Value of a pulses-required component when delta is not reachable. */
  public static final long NOT_APPLICABLE = -1;

  /** The budget with e0 = (w0 - symmetricPoint)^2 and the default (proof) C.4 contraction. */
  public static ZsCalibrationBudget compute(
      DeviceConstants device, double symmetricPoint, double w0, double delta) {
    return compute(device, symmetricPoint, w0, delta, TheoremC4CyclicZsLastIterate.Contraction.PROOF_RECURSION);
  }

  /** The budget with e0 = (w0 - symmetricPoint)^2. */
  public static ZsCalibrationBudget compute(
      DeviceConstants device,
      double symmetricPoint,
      double w0,
      double delta,
      TheoremC4CyclicZsLastIterate.Contraction contraction) {
    if (device == null) {
      throw new IllegalArgumentException("device constants must not be null");
    }
    Require.finite("symmetricPoint", symmetricPoint);
    Require.finite("w0", w0);
    Require.positive("delta", delta);
    if (!(device.muQ() > 0)) {
      throw new IllegalArgumentException("zero-shifting bounds (Theorems C.2, C.4) require a "
          + "monotone device (Definition C.1, mu_q > 0), was mu_q = " + device.muQ());
    }
    double e0 = (w0 - symmetricPoint) * (w0 - symmetricPoint);
    String whyNotRandom = violated(() -> TheoremC2ZsLastIterate.requireConditions(device));
    String whyNotCyclic = violated(() -> TheoremC4CyclicZsLastIterate.requireConditions(device));
    OptionalLong random = whyNotRandom != null ? OptionalLong.empty()
        : TheoremC2ZsLastIterate.pulsesRequired(device, e0, delta, 1);
    OptionalLong cyclic = whyNotCyclic != null ? OptionalLong.empty()
        : TheoremC4CyclicZsLastIterate.pulsesRequired(device, e0, delta, 1, contraction);
    return new ZsCalibrationBudget(
        symmetricPoint,
        device.qMin(),
        device.qMax(),
        device.muQ(),
        device.lQ(),
        random.orElse(NOT_APPLICABLE),
        cyclic.orElse(NOT_APPLICABLE),
        whyNotRandom != null ? Double.NaN : TheoremC2ZsLastIterate.minimalDelta(device, 1),
        whyNotCyclic != null ? Double.NaN : TheoremC4CyclicZsLastIterate.minimalDelta(device, 1),
        random.isPresent(),
        cyclic.isPresent(),
        whyNotRandom,
        whyNotCyclic);
  }

  /** The message of the condition check's exception, or null when the check passes. */
  private static String violated(Runnable check) {
    try {
      check.run();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
