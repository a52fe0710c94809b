/** Arrays of pulsed devices, structure-of-arrays, with AIHWKit's per-pulse semantics. */
package io.github.rider.device.array;
