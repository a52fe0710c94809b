/**
 * Device model of rider (arXiv 2602.21321 §1; AIHWKit semantics in pulsed-devices.md): the
 * {@link io.github.rider.device.ResponseFunction} API (q+, q-, F, G, SP, constants of
 * Definitions 2.1 / C.1). Sub-packages: {@code response} (the families), {@code spec} (device
 * specs with AIHWKit parameter names, JSON), {@code preset} (named presets), {@code array}
 * (device arrays with device-to-device and cycle-to-cycle variation), {@code pulse} (pulse
 * schemes, the mean-field update eq. 2, pulse traces), {@code rng} (random streams).
 */
package io.github.rider.device;
