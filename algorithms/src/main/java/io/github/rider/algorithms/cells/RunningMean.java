package io.github.rider.algorithms.cells;

/**
 * The per-element running mean of the fast tile's transfer reads: AGAD's dynamic reference
 * (docs/transfer-compounds.md §5) and E-RIDER's digital EMA Q (paper eq. (12)), updated at each
 * read v of column j as
 *
 * <pre>
 *   m_ij &larr; (1 - beta) m_ij + beta v_i,   beta = min(tailWeightening / n_s, 1),
 * </pre>
 *
 * n_s the chopper period in sweeps ({@link Choppers#period}). Stored column-major, since it is
 * read and written a column at a time.
 */
final class RunningMean {

  private final int rows;
  private final double beta;
  private final double[] mean;

  /**
   * @throws IllegalArgumentException if rows or cols &lt;= 0, or unless hp.inChopProb() &gt; 0 (it
   *     sets n_s)
   */
  RunningMean(int rows, int cols, CellHyperparameters hp) {
    TransferTiles.requireShape(rows, cols);
    if (!(hp.inChopProb() > 0)) {
      throw new IllegalArgumentException("inChopProb must be > 0 for AGAD, RIDER and E-RIDER "
          + "(it sets the period n_s = max(ceil(1/p), 2) sweeps of the running mean, the "
          + "reference and the warm-up), was " + hp.inChopProb());
    }
    this.rows = rows;
    this.beta = Math.min(hp.tailWeightening() / Choppers.period(hp.inChopProb()), 1);
    this.mean = new double[rows * cols];
  }

  /** The rate beta. */
  double rate() {
    return beta;
  }

  /** Takes in the read v of column j. */
  void update(int j, double[] v) {
    int o = j * rows;
    for (int i = 0; i < rows; i++) {
      mean[o + i] = (1 - beta) * mean[o + i] + beta * v[i];
    }
  }

  /** m_ij. */
  double get(int i, int j) {
    return mean[j * rows + i];
  }

  /** Column j into out (length &gt;= rows). */
  void column(int j, double[] out) {
    System.arraycopy(mean, j * rows, out, 0, rows);
  }
}
