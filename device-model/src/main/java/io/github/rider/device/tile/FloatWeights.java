package io.github.rider.device.tile;

/**
 * The float32 values (float) w_ij of a rows x cols weight matrix, which the non-perfect I/O
 * multiplies with (docs/tile-periphery.md §7), kept in two layouts: one array per row (the backward
 * W^T d adds rows of W) and one array per column (the forward W x adds columns of W). Each product
 * then streams whole arrays at one index, a loop the JIT compiles to vector instructions, with
 * every output still summing its terms in input order (so the results are those of the plain
 * per-output loop, bit for bit), and a sparse input reads only its nonzero inputs' columns,
 * contiguously. Writing one weight writes both copies. Not thread-safe.
 */
public final class FloatWeights {

  private final int rows;
  private final int cols;
  private final float[][] byRow;
  private final float[][] byColumn;

  /** A rows x cols matrix of zeros. */
  public FloatWeights(int rows, int cols) {
    this.rows = rows;
    this.cols = cols;
    byRow = new float[rows][cols];
    byColumn = new float[cols][rows];
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Sets w_ij to (float) v. */
  public void set(int i, int j, double v) {
    float f = (float) v;
    byRow[i][j] = f;
    byColumn[j][i] = f;
  }

  /** Sets the weight of row-major index k = i cols + j to (float) v. */
  public void set(int k, double v) {
    int i = k / cols;
    set(i, k - i * cols, v);
  }

  /** Sets every weight from the row-major w[0, rows cols). */
  public void setAll(double[] w) {
    for (int i = 0; i < rows; i++) {
      float[] r = byRow[i];
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        float f = (float) w[o + j];
        r[j] = f;
        byColumn[j][i] = f;
      }
    }
  }

  /** (float) w_ij. */
  public float get(int i, int j) {
    return byRow[i][j];
  }

  /** Row i (do not modify). */
  float[] row(int i) {
    return byRow[i];
  }

  /** Column j (do not modify). */
  float[] column(int j) {
    return byColumn[j];
  }
}
