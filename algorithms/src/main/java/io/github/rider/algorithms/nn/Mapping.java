package io.github.rider.algorithms.nn;

/**
 * How a layer's weight is laid onto tiles, AIHWKit's {@code MappingParameter}
 * (docs/tile-periphery.md §4.1-4.2): a layer with more than {@code maxInputSize} inputs or {@code
 * maxOutputSize} outputs becomes an array of tiles (each dimension split into n = ceil(size / max)
 * near-equal parts, the first size mod n parts one larger: 784 inputs -&gt; [392, 392]), each tile
 * a matrix of its own with its own I/O, noise and random streams ({@link TiledMatrix}); the bias is
 * digital (a floating-point vector updated exactly) when {@code digitalBias}, and always for a
 * split layer, else the last column of the single tile (the input extended by a constant 1).
 *
 * @param maxInputSize  max_input_size, the most columns of one tile (&gt;= 1)
 * @param maxOutputSize max_output_size, the most rows of one tile (&gt;= 1)
 * @param digitalBias   digital_bias
 */
public record Mapping(int maxInputSize, int maxOutputSize, boolean digitalBias) {

  /** AIHWKit 1.0.0's defaults: tiles of at most 512 x 512, digital bias. */
  public static final Mapping AIHWKIT = new Mapping(512, 512, true);

  /** One tile per layer whatever its size, bias as the tile's last column (analog bias). */
  public static final Mapping SINGLE_TILE_ANALOG_BIAS =
      new Mapping(Integer.MAX_VALUE, Integer.MAX_VALUE, false);

  public Mapping {
    if (maxInputSize < 1 || maxOutputSize < 1) {
      throw new IllegalArgumentException("maxInputSize and maxOutputSize must be >= 1, were "
          + maxInputSize + ", " + maxOutputSize);
    }
  }

  /** Whether a layer of {@code inputs -> outputs} needs more than one tile. */
  public boolean splits(int inputs, int outputs) {
    return inputs > maxInputSize || outputs > maxOutputSize;
  }

  /** Whether a layer of {@code inputs -> outputs} has a digital bias (always when split). */
  public boolean digitalBias(int inputs, int outputs) {
    return digitalBias || splits(inputs, outputs);
  }

  /**
   * The part sizes of a dimension of {@code size} with at most {@code max} per part:
   * n = ceil(size / max) parts, the first size mod n of them one larger.
   */
  public static int[] parts(int size, int max) {
    int n = (int) ((size + (long) max - 1) / max);
    int[] p = new int[n];
    for (int k = 0; k < n; k++) {
      p[k] = size / n + (k < size % n ? 1 : 0);
    }
    return p;
  }
}
