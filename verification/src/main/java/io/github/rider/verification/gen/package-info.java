/**
 * QuickTheories generators ({@code Gen}) of device parameters over the realistic ranges of
 * docs/devices.md §5, reference offsets (eq. 105), and problems with planted optima; {@link
 * io.github.rider.verification.gen.Gens#sample} draws deterministic samples from a seed.
 */
package io.github.rider.verification.gen;
