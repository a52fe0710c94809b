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
 * Devices outside a theorem's conditions (mu_q &lt;= 0, 2 dw_min mu_q &gt;= 1, or dw_min &gt; 1/3 for
 * C.4) are rejected with an {@link IllegalArgumentException} naming the condition.
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
    boolean reachableCyclic) {

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
    double e0 = (w0 - symmetricPoint) * (w0 - symmetricPoint);
    OptionalLong random = TheoremC2ZsLastIterate.pulsesRequired(device, e0, delta, 1);
    OptionalLong cyclic = TheoremC4CyclicZsLastIterate.pulsesRequired(device, e0, delta, 1, contraction);
    return new ZsCalibrationBudget(
        symmetricPoint,
        device.qMin(),
        device.qMax(),
        device.muQ(),
        device.lQ(),
        random.orElse(NOT_APPLICABLE),
        cyclic.orElse(NOT_APPLICABLE),
        TheoremC2ZsLastIterate.minimalDelta(device, 1),
        TheoremC4CyclicZsLastIterate.minimalDelta(device, 1),
        random.isPresent(),
        cyclic.isPresent());
  }
}
