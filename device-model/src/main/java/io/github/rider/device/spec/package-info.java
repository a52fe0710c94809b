/**
 * Device specs: one validated record per family with AIHWKit's parameter names in Java case,
 * the common {@link io.github.rider.device.spec.PulsedParams} and
 * {@link io.github.rider.device.spec.Bounds}, the device-to-device draw
 * ({@link io.github.rider.device.spec.DeviceParameters}) and the JSON form
 * ({@link io.github.rider.device.spec.DeviceSpecJson}).
 */
package io.github.rider.device.spec;
