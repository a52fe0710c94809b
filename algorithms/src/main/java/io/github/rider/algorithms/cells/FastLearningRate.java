package io.github.rider.algorithms.cells;

import io.github.rider.device.spec.DeviceSpec;

/**
 * The pulse-count learning rate of the fast tile A in the chopped compounds (c-TTv2, AGAD,
 * (E-)RIDER; docs/transfer-compounds.md §7, AIHWKit 1.0.0): fastLr (&times; lr if scaleFastLr)
 * if fastLr &gt; 0, else the SGD lr; with autoScale, fastLr BL g_A / (m_x m_d) (&times; lr if
 * scaleFastLr), m_x and m_d running averages of max|x| and max|d| at rate 1 - autoMomentum.
 */
final class FastLearningRate {

  private final CellHyperparameters hp;
  private final double gA;
  private double mx;
  private double md;

  /** For a fast tile of {@code device} (granularity g_A). */
  FastLearningRate(CellHyperparameters hp, DeviceSpec device) {
    this.hp = hp;
    this.gA = device.granularity();
  }

  /** The pulse-count lr for SGD lr {@code lr} and gradient factors x and d. */
  double of(double lr, double[] x, double[] d) {
    if (!(hp.fastLr() > 0)) {
      return lr;
    }
    double scale = hp.scaleFastLr() ? lr : 1;
    if (!hp.autoScale()) {
      return hp.fastLr() * scale;
    }
    double xm = maxAbs(x);
    double dm = maxAbs(d);
    double tau = 1 - hp.autoMomentum();
    mx = mx == 0 ? xm : (1 - tau) * mx + tau * xm;
    md = md == 0 ? dm : (1 - tau) * md + tau * dm;
    if (mx == 0 || md == 0) {
      return hp.fastLr() * scale;
    }
    return hp.fastLr() * hp.tile().update().desiredBl() * gA / (mx * md) * scale;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double a : v) {
      m = Math.max(m, Math.abs(a));
    }
    return m;
  }
}
