package io.github.rider.algorithms.nn;

/**
 * A layer's weight split over a grid of tiles, AIHWKit's {@code TileModuleArray}
 * (docs/tile-periphery.md §4.1): tile (r, c) holds rows R_r and columns C_c of W. Forward y[R_r] =
 * sum_c T_rc x[C_c]; backward z[C_c] = sum_r T_rc^T d[R_r]; each tile receives its own slices in
 * the update and its own {@link #endBatch}. Each tile has its own I/O (noise management over its
 * own slice of x, its own output noise), so the result is not the single-tile result.
 */
public final class TiledMatrix implements TrainableMatrix {
  private final int rows;
  private final int cols;
  private final int[] rowStart;
  private final int[] colStart;
  private final TrainableMatrix[][] tiles;
  private final double[][] xs;
  private final double[][] ds;
  private final double[][] ys;
  private final double[][] zs;
  private final double[][] ws;

  private TiledMatrix(int rows, int cols, int[] rowParts, int[] colParts, TrainableMatrix[][] tiles) {
    this.rows = rows;
    this.cols = cols;
    this.tiles = tiles;
    rowStart = starts(rowParts);
    colStart = starts(colParts);
    xs = new double[colParts.length][];
    zs = new double[colParts.length][];
    for (int c = 0; c < colParts.length; c++) {
      xs[c] = new double[colParts[c]];
      zs[c] = new double[colParts[c]];
    }
    ds = new double[rowParts.length][];
    ys = new double[rowParts.length][];
    ws = new double[rowParts.length * colParts.length][];
    for (int r = 0; r < rowParts.length; r++) {
      ds[r] = new double[rowParts[r]];
      ys[r] = new double[rowParts[r]];
      for (int c = 0; c < colParts.length; c++) {
        ws[r * colParts.length + c] = new double[rowParts[r] * colParts[c]];
      }
    }
  }

  /**
   * The {@code rows x cols} weight of layer {@code name} under {@code mapping}: the factory's
   * single matrix {@code name} when it fits one tile, else a grid of matrices named
   * {@code name[r,c]} (so each tile gets its own random streams).
   */
  public static TrainableMatrix create(MatrixFactory f, String name, int rows, int cols,
      Mapping mapping) {
    if (!mapping.splits(cols, rows)) {
      return f.create(name, rows, cols);
    }
    int[] rp = Mapping.parts(rows, mapping.maxOutputSize());
    int[] cp = Mapping.parts(cols, mapping.maxInputSize());
    TrainableMatrix[][] t = new TrainableMatrix[rp.length][cp.length];
    for (int r = 0; r < rp.length; r++) {
      for (int c = 0; c < cp.length; c++) {
        t[r][c] = f.create(name + "[" + r + "," + c + "]", rp[r], cp[c]);
        if (t[r][c].rows() != rp[r] || t[r][c].cols() != cp[c]) {
          throw new IllegalStateException("factory made a " + t[r][c].rows() + " x "
              + t[r][c].cols() + " matrix for tile " + r + "," + c + " of " + rp[r] + " x " + cp[c]);
        }
      }
    }
    return new TiledMatrix(rows, cols, rp, cp, t);
  }

  private static int[] starts(int[] parts) {
    int[] s = new int[parts.length + 1];
    for (int k = 0; k < parts.length; k++) {
      s[k + 1] = s[k] + parts[k];
    }
    return s;
  }

  /** Number of tile rows x tile columns. */
  public int tileCount() {
    return tiles.length * tiles[0].length;
  }

  /** Tile (r, c). */
  public TrainableMatrix tile(int r, int c) {
    return tiles[r][c];
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  @Override
  public void forward(double[] x, double[] y) {
    split(x, colStart, xs);
    for (int r = 0; r < tiles.length; r++) {
      int o = rowStart[r];
      java.util.Arrays.fill(y, o, rowStart[r + 1], 0);
      for (int c = 0; c < tiles[r].length; c++) {
        tiles[r][c].forward(xs[c], ys[r]);
        for (int i = 0; i < ys[r].length; i++) {
          y[o + i] += ys[r][i];
        }
      }
    }
  }

  @Override
  public void backward(double[] d, double[] z) {
    split(d, rowStart, ds);
    java.util.Arrays.fill(z, 0, cols, 0);
    for (int c = 0; c < colStart.length - 1; c++) {
      int o = colStart[c];
      for (int r = 0; r < tiles.length; r++) {
        tiles[r][c].backward(ds[r], zs[c]);
        for (int j = 0; j < zs[c].length; j++) {
          z[o + j] += zs[c][j];
        }
      }
    }
  }

  @Override
  public void update(double[] x, double[] d, double lr) {
    split(x, colStart, xs);
    split(d, rowStart, ds);
    for (int r = 0; r < tiles.length; r++) {
      for (int c = 0; c < tiles[r].length; c++) {
        tiles[r][c].update(xs[c], ds[r], lr);
      }
    }
  }

  @Override
  public void endBatch() {
    for (TrainableMatrix[] row : tiles) {
      for (TrainableMatrix t : row) {
        t.endBatch();
      }
    }
  }

  @Override
  public void readWeights(double[] out) {
    int nc = tiles[0].length;
    for (int r = 0; r < tiles.length; r++) {
      for (int c = 0; c < nc; c++) {
        double[] w = ws[r * nc + c];
        tiles[r][c].readWeights(w);
        copyBlock(w, r, c, out, true);
      }
    }
  }

  @Override
  public void setWeights(double[] w) {
    int nc = tiles[0].length;
    for (int r = 0; r < tiles.length; r++) {
      for (int c = 0; c < nc; c++) {
        double[] b = ws[r * nc + c];
        copyBlock(b, r, c, w, false);
        tiles[r][c].setWeights(b);
      }
    }
  }

  /** Copies tile (r, c)'s block between {@code block} (row-major) and {@code full}. */
  private void copyBlock(double[] block, int r, int c, double[] full, boolean intoFull) {
    int width = colStart[c + 1] - colStart[c];
    for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
      int bo = (i - rowStart[r]) * width;
      int fo = i * cols + colStart[c];
      if (intoFull) {
        System.arraycopy(block, bo, full, fo, width);
      } else {
        System.arraycopy(full, fo, block, bo, width);
      }
    }
  }

  private static void split(double[] v, int[] start, double[][] out) {
    for (int k = 0; k < out.length; k++) {
      System.arraycopy(v, start[k], out[k], 0, out[k].length);
    }
  }

  @Override
  public long pulses() {
    return sum(TrainableMatrix::pulses);
  }

  @Override
  public long programmingOps() {
    return sum(TrainableMatrix::programmingOps);
  }

  private long sum(java.util.function.ToLongFunction<TrainableMatrix> count) {
    long s = 0;
    for (TrainableMatrix[] row : tiles) {
      for (TrainableMatrix t : row) {
        s += count.applyAsLong(t);
      }
    }
    return s;
  }
}
