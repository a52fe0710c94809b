/**
 * The Theorem 3.7 dossier: a concrete instance inside the theorem's assumptions on which RIDER's
 * left side of the explicit bound (72) (arXiv 2602.21321, App. E) stays above its right side for
 * large K, the stationary set that explains it, and the proof step that fails there. Everything
 * is computed by {@link io.github.rider.verification.theorem37.Theorem37Dossier} with the
 * production {@code algorithms.Rider} on {@code algorithms.array.MeanFieldArray}s; the command
 * {@code rider theorem-3.7 --out docs/theorem-3.7.md} regenerates docs/theorem-3.7.md.
 */
package io.github.rider.verification.theorem37;
