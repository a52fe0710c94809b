package io.github.rider.theory;

/**
 * Corollary 3.9 of the paper (arXiv 2602.21321): total pulses to reach training accuracy delta
 * (&gt;= Theta(dw_min)), with the hidden Theta constants named:
 *
 * <pre>
 *   RIDER:      N_RIDER(delta)     = cRider delta^-2 BL
 *   two-stage:  N_2stage(delta)    = cResidual delta^-2 BL + cZs delta^-1 dw_min^-1
 *               (residual learning iterations x BL, plus ZS calibration, Theorem 2.2)
 *   crossover:  N_RIDER &lt;= N_2stage  iff  delta &gt;= (cRider - cResidual) BL dw_min / cZs
 * </pre>
 *
 * BL is the number of pulses per iteration (bit length, e.g. 5 in Fig. 4). When cRider &lt;=
 * cResidual RIDER needs no more pulses at any delta, and {@link #crossoverDelta} is 0.
 *
 * @param cRider    Theta constant of RIDER's iteration count (default 1)
 * @param cResidual Theta constant of the residual-learning iteration count (default 1)
 * @param cZs       Theta constant of the ZS pulse count (default 1)
 * @param bitLength pulses per iteration BL (&gt; 0)
 */
public record Corollary3_9PulseComplexity(double cRider, double cResidual, double cZs, double bitLength) {

  public Corollary3_9PulseComplexity {
    Require.positive("cRider", cRider);
    Require.positive("cResidual", cResidual);
    Require.positive("cZs", cZs);
    Require.positive("bitLength (BL)", bitLength);
  }

  /** All Theta constants 1. */
  public static Corollary3_9PulseComplexity withUnitConstants(double bitLength) {
    return new Corollary3_9PulseComplexity(1, 1, 1, bitLength);
  }

  /** cRider delta^-2 BL. */
  public double riderPulses(double delta) {
    Require.positive("delta", delta);
    return cRider * bitLength / (delta * delta);
  }

  /** ZS calibration pulses cZs / (delta dw_min). */
  public double zsCalibrationPulses(double delta, double dwMin) {
    Require.positive("delta", delta);
    Require.positive("dwMin", dwMin);
    return cZs / (delta * dwMin);
  }

  /** cResidual delta^-2 BL + cZs delta^-1 dw_min^-1. */
  public double twoStagePulses(double delta, double dwMin) {
    Require.positive("delta", delta);
    return cResidual * bitLength / (delta * delta) + zsCalibrationPulses(delta, dwMin);
  }

  /** The delta at which both totals are equal, max(0, (cRider - cResidual) BL dw_min / cZs). */
  public double crossoverDelta(double dwMin) {
    Require.positive("dwMin", dwMin);
    return Math.max(0, (cRider - cResidual) * bitLength * dwMin / cZs);
  }

  /** True when RIDER needs no more pulses than the two-stage method at this delta. */
  public boolean riderWins(double delta, double dwMin) {
    return riderPulses(delta) <= twoStagePulses(delta, dwMin);
  }
}
