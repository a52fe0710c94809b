/**
 * Device model of rider (arXiv 2602.21321 eqs. (5)-(6); AIHWKit semantics in docs/devices.md and
 * docs/pulse-update.md): the {@link io.github.rider.device.ResponseFunction} API (q+, q-, F, G, SP,
 * constants of Definitions 2.1 / C.1). Sub-packages: {@code response} (the families), {@code spec}
 * (device specs with AIHWKit parameter names, JSON), {@code preset} (named presets), {@code array}
 * (device arrays with device-to-device and cycle-to-cycle variation), {@code pulse} (pulse
 * schemes, the mean-field update eq. 2, pulse traces), {@code rng} (random streams).
 */
package io.github.rider.device;
