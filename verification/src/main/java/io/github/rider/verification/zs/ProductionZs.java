package io.github.rider.verification.zs;

import io.github.rider.algorithms.ZeroShifting;
import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.DeterministicRounding;
import io.github.rider.device.pulse.ElementUpdate;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.internal.BrokenUpdates;
import io.github.rider.verification.internal.DelegatingResponse;
import io.github.rider.verification.properties.Mutation;
import java.util.random.RandomGenerator;

/**
 * Zero-shifting as users run it: {@link ZeroShifting#run} of the algorithms module on a
 * one-element array of the device-model, observed pulse by pulse ({@link ObservedArray}).
 *
 * @param name   what runs, for reports
 * @param arrays builds the array under test for a device and a start state
 */
public record ProductionZs(String name, ArrayFactory arrays) implements ZsImplementation {

  /** Builds a one-element array with response rf, granularity dwMin, state w0. */
  @FunctionalInterface
  public interface ArrayFactory {
    AnalogArray create(ResponseFunction rf, double dwMin, double w0);
  }

  /** On a noise-free {@link MeanFieldArray}: each pulse is eq. (7), W + eps F(W) - |eps| G(W). */
  public static final ProductionZs MEAN_FIELD = new ProductionZs("algorithms.ZeroShifting on MeanFieldArray",
      (rf, dwMin, w0) -> meanField(rf, dwMin, w0, MeanFieldUpdate.NOISE_FREE));

  /**
   * On a {@link PulsedArray} over device-model's {@link DeviceArray} without cycle-to-cycle noise:
   * each pulse is the device's pulse, w + dw_min q+(w) or w - dw_min q-(w), clipped (eq. 5).
   */
  public static final ProductionZs PULSED = new ProductionZs("algorithms.ZeroShifting on PulsedArray(DeviceArray)",
      ProductionZs::pulsed);

  @Override
  public ZsTrajectory run(ResponseFunction rf, double dwMin, double w0, long pulses, Variant variant,
      RandomGenerator rng) {
    ObservedArray observed = new ObservedArray(arrays.create(rf, dwMin, w0), rf);
    ZeroShifting.run(observed, pulses, variant, rng);
    return observed.trajectory();
  }

  /**
   * The mutants: {@link Mutation#BIASED_PULSES}, a pulse driver that fires every up pulse twice
   * ({@link DoubledUpPulses} around the array); {@link Mutation#DOUBLED_PULSES}, one that fires
   * every pulse twice ({@link DoubledPulses}); {@link Mutation#WRONG_SIGN_OF_G}, on the mean-field
   * array an update rule with the G term's sign flipped (W + eps F + |eps| G), on the pulsed array
   * devices whose up and down steps are exchanged (q+ and q- swapped in the pulse).
   */
  @Override
  public ZsImplementation mutant(Mutation m) {
    return switch (m) {
      case BIASED_PULSES -> new ProductionZs(name + ", every up pulse fired twice",
          (rf, dwMin, w0) -> new DoubledUpPulses(arrays.create(rf, dwMin, w0)));
      case DOUBLED_PULSES -> new ProductionZs(name + ", every pulse fired twice",
          (rf, dwMin, w0) -> new DoubledPulses(arrays.create(rf, dwMin, w0)));
      case WRONG_SIGN_OF_G -> this == PULSED
          ? new ProductionZs(name + ", up and down steps exchanged",
              (rf, dwMin, w0) -> pulsed(DelegatingResponse.swapped(rf), dwMin, w0))
          : new ProductionZs(name + ", sign of the G term flipped",
              (rf, dwMin, w0) -> meanField(rf, dwMin, w0, BrokenUpdates.FLIPPED_G));
      default -> throw new IllegalArgumentException(name + " has no mutant " + m);
    };
  }

  /** A one-element noise-free mean-field array with update rule {@code rule}. */
  public static MeanFieldArray meanField(ResponseFunction rf, double dwMin, double w0, ElementUpdate rule) {
    return MeanFieldArray.of(new ResponseFunction[] {rf}, dwMin, new double[] {w0}, rule, null);
  }

  /** A one-element pulsed array without noise (its generators are never drawn from), programmed to w0. */
  public static PulsedArray pulsed(ResponseFunction rf, double dwMin, double w0) {
    DeviceArray d = DeviceArray.of(new ResponseFunction[] {rf}, dwMin, 0, false, RandomStreams.of(0));
    d.program(0, w0);
    return PulsedArray.of(d, new DeterministicRounding(1), null);
  }
}
