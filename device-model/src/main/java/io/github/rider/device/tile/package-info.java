/**
 * The analog tile: a crossbar of pulsed devices with AIHWKit 1.0.0's I/O periphery
 * ({@link io.github.rider.device.tile.IoPeriphery}: DAC/ADC quantisation, output noise, noise
 * management ABS_MAX, bound management ITERATIVE, or perfect I/O) and rank-1 pulsed update
 * ({@link io.github.rider.device.tile.PulsedUpdate}: stochastic compressed, deterministic
 * implicit, mean count; BL, update management, update-BL management), plus transfer reads and
 * counted weight programming ({@link io.github.rider.device.tile.AnalogTile}). Sources:
 * docs/tile-periphery.md (I/O, AIHWKit 1.0.0) and docs/pulse-update.md.
 */
package io.github.rider.device.tile;
