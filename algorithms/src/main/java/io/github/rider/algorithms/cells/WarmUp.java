package io.github.rider.algorithms.cells;

/**
 * AGAD's warm-up (AIHWKit DynamicTransferCompound, docs/transfer-compounds.md §5): while fewer
 * than {@code sweeps} full sweeps are done, a transfer changes neither the buffer H nor the slow
 * tile C (the running mean still takes every read). AGAD, RIDER and E-RIDER use n_s sweeps.
 *
 * @param sweeps the length of the warm-up in sweeps (0: none)
 */
record WarmUp(long sweeps) {

  /** No warm-up (TT-v2, c-TTv2). */
  static final WarmUp NONE = new WarmUp(0);

  /** Whether a transfer after {@code completedSweeps} full sweeps is still held back. */
  boolean holds(long completedSweeps) {
    return completedSweeps < sweeps;
  }
}
