package io.github.rider.device.pulse;

import io.github.rider.device.ResponseFunction;
import java.util.random.RandomGenerator;

/**
 * The analog update of one element for a desired increment dW (paper eq. 2), the rule a
 * mean-field array applies: {@link MeanFieldUpdate} is the model of the paper; other rules (a
 * user's, or a deliberately broken one that a verification must reject) plug in here.
 */
@FunctionalInterface
public interface ElementUpdate {

  /**
   * The new weight of an element on response {@code q} at weight {@code w} after the desired
   * increment {@code dW}.
   *
   * @param rng source of the update's noise (may be null when {@link #needsRandomness()} is false)
   */
  double apply(ResponseFunction q, double w, double dW, double dwMin, RandomGenerator rng);

  /** This rule without its noise: a single zero-shifting pulse, eq. (7). Default: this rule. */
  default ElementUpdate noiseFree() {
    return this;
  }

  /** Whether {@link #apply} draws from its generator. Default: false. */
  default boolean needsRandomness() {
    return false;
  }
}
