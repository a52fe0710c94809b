/** Named device presets (AIHWKit preset devices, pulsed-devices.md §4, and the paper's Fig. 1). */
package io.github.rider.device.preset;
