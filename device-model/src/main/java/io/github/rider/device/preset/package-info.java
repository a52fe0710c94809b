/** Named device presets (AIHWKit preset devices, docs/devices.md §5, and the paper's Fig. 1). */
package io.github.rider.device.preset;
