package io.github.rider.verification.internal;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.ElementUpdate;
import java.util.random.RandomGenerator;

/** Broken element updates, the mutants of device-model's {@code MeanFieldUpdate}. Not API. */
public final class BrokenUpdates {

  /** Eq. (2) noise-free with the sign of the G term flipped: w + dW F(w) + |dW| G(w), clipped. */
  public static final ElementUpdate FLIPPED_G = BrokenUpdates::flippedG;

  private BrokenUpdates() {}

  private static double flippedG(ResponseFunction q, double w, double dW, double dwMin, RandomGenerator rng) {
    double f = 0.5 * (q.qMinus(w) + q.qPlus(w));
    double g = 0.5 * (q.qMinus(w) - q.qPlus(w));
    return Math.max(q.wMin(), Math.min(q.wMax(), w + dW * f + Math.abs(dW) * g));
  }
}
