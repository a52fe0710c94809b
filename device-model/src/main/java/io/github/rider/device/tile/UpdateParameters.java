package io.github.rider.device.tile;

/**
 * AIHWKit UpdateParameters of the rank-1 pulsed update (docs/pulse-update.md §2-3): bit-line
 * length BL, update management (UM), update-BL management (UBLM) and the pulse type.
 *
 * @param desiredBl            desired_bl, the maximal number of pulse slots (&gt;= 1)
 * @param fixedBl              fixed_bl: BL = desired_bl (unless UBLM)
 * @param updateManagement     update_management (UM): balance A, B by max|x|, max|d| and clip
 *                             the gradient when k &gt; BL
 * @param updateBlManagement   update_bl_management (UBLM): BL = min(ceil(k), desired_bl); forces UM
 * @param umGradScale          um_grad_scale, the factor on max|d| (&gt; 0)
 * @param pulseType            how pulse counts are drawn
 */
public record UpdateParameters(
    int desiredBl,
    boolean fixedBl,
    boolean updateManagement,
    boolean updateBlManagement,
    double umGradScale,
    PulseType pulseType) {

  /** Pulse types (docs/pulse-update.md §3). */
  public enum PulseType {
    /** Independent Bernoulli bits per slot for every x_j and d_i; coincidences are pulses. */
    STOCHASTIC_COMPRESSED,
    /** n_ij = rint(BL p_x p_d), no randomness. */
    DETERMINISTIC_IMPLICIT,
    /** c_x = rint(BL p_x), c_d = rint(BL p_d), n_ij = rint(c_x c_d / BL). */
    MEAN_COUNT
  }

  /** AIHWKit's Python defaults and PresetUpdateParameters: BL 31, UM and UBLM on, stochastic. */
  public static final UpdateParameters DEFAULTS =
      new UpdateParameters(31, true, true, true, 1.0, PulseType.STOCHASTIC_COMPRESSED);

  /**
   * The transfer compounds' default transfer_update (docs/transfer-compounds.md §3): BL 1, UM and
   * UBLM off; with lr = step g_C this is exactly one pulse per unit count.
   */
  public static final UpdateParameters TRANSFER_DEFAULTS =
      new UpdateParameters(1, true, false, false, 1.0, PulseType.STOCHASTIC_COMPRESSED);

  public UpdateParameters {
    if (desiredBl < 1) {
      throw new IllegalArgumentException("desiredBl must be >= 1, was " + desiredBl);
    }
    if (!(umGradScale > 0) || Double.isInfinite(umGradScale)) {
      throw new IllegalArgumentException("umGradScale must be finite and > 0, was " + umGradScale);
    }
    if (pulseType == null) {
      throw new IllegalArgumentException("pulseType must not be null");
    }
  }

  public UpdateParameters withDesiredBl(int v) {
    return new UpdateParameters(v, fixedBl, updateManagement, updateBlManagement, umGradScale,
        pulseType);
  }

  public UpdateParameters withManagement(boolean um, boolean ublm) {
    return new UpdateParameters(desiredBl, fixedBl, um, ublm, umGradScale, pulseType);
  }

  public UpdateParameters withPulseType(PulseType v) {
    return new UpdateParameters(desiredBl, fixedBl, updateManagement, updateBlManagement,
        umGradScale, v);
  }
}
