/**
 * Pulse schemes (increments to signed pulse counts), the dw_min &rarr; 0 mean-field update
 * (eq. 2) and single-device pulse traces.
 */
package io.github.rider.device.pulse;
