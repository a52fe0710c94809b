/**
 * Analog arrays as the algorithms see them: {@link io.github.rider.algorithms.array.AnalogArray}
 * with the mean-field model of eq. (2) ({@link io.github.rider.algorithms.array.MeanFieldArray},
 * over device-model's {@code MeanFieldUpdate}) and pulsed device arrays ({@link
 * io.github.rider.algorithms.array.PulsedArray}, over device-model's {@code DeviceArray} and a
 * {@code PulseScheme}).
 */
package io.github.rider.algorithms.array;
