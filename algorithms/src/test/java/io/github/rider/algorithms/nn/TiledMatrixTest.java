package io.github.rider.algorithms.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * AIHWKit's tile mapping (docs/tile-periphery.md §4.1): part sizes, and a tile grid that acts as
 * one matrix.
 */
class TiledMatrixTest {

  private final RandomGenerator rng = RandomStreams.of(7).stream(RandomStreams.INIT);

  @Test
  void partsAreNearEqualWithTheFirstOnesLarger() {
    assertThat(Mapping.parts(784, 512)).containsExactly(392, 392);
    assertThat(Mapping.parts(785, 512)).containsExactly(393, 392);
    assertThat(Mapping.parts(512, 512)).containsExactly(512);
    assertThat(Mapping.parts(1025, 512)).containsExactly(342, 342, 341);
    assertThat(Mapping.parts(10, 3)).containsExactly(3, 3, 2, 2);
  }

  @Test
  void aSplitLayerAlwaysHasADigitalBias() {
    Mapping analogBias = new Mapping(512, 512, false);
    assertThat(analogBias.digitalBias(512, 512)).isFalse();
    assertThat(analogBias.digitalBias(784, 256)).isTrue();
    assertThat(Mapping.AIHWKIT.splits(784, 256)).isTrue();
    assertThat(Mapping.AIHWKIT.splits(512, 128)).isFalse();
    assertThatThrownBy(() -> new Mapping(0, 512, true)).hasMessageContaining("maxInputSize");
  }

  @Test
  void aLayerThatFitsIsTheFactorysOwnMatrix() {
    DigitalMatrix m = new DigitalMatrix(3, 4);
    assertThat(TiledMatrix.create((n, r, c) -> m, "fc", 3, 4, Mapping.AIHWKIT)).isSameAs(m);
  }

  @Test
  void eachTileIsNamedAndShapedByItsGridPosition() {
    List<String> made = new ArrayList<>();
    MatrixFactory f = (name, rows, cols) -> {
      made.add(name + ":" + rows + "x" + cols);
      return new DigitalMatrix(rows, cols);
    };
    TiledMatrix t = (TiledMatrix) TiledMatrix.create(f, "fc1", 700, 1100, Mapping.AIHWKIT);
    assertThat(t.tileCount()).isEqualTo(6);
    assertThat(made).containsExactly("fc1[0,0]:350x367", "fc1[0,1]:350x367", "fc1[0,2]:350x366",
        "fc1[1,0]:350x367", "fc1[1,1]:350x367", "fc1[1,2]:350x366");
  }

  /**
   * A grid of digital tiles computes what one digital matrix computes: forward, backward, the
   * rank-1 update and the weight layout, up to the reordered floating-point sums (1e-12).
   * A wrong slice, a missing tile or a transposed block changes entries by O(1).
   */
  @Test
  void aGridOfDigitalTilesActsAsOneMatrix() {
    int rows = 700;
    int cols = 1100;
    TrainableMatrix tiled = TiledMatrix.create(MatrixFactory.digital(), "fc", rows, cols,
        Mapping.AIHWKIT);
    DigitalMatrix single = new DigitalMatrix(rows, cols);
    double[] w = GradientCheck.uniform(rng, rows * cols, 1);
    tiled.setWeights(w);
    single.setWeights(w);
    double[] x = GradientCheck.uniform(rng, cols, 1);
    double[] d = GradientCheck.uniform(rng, rows, 1);
    tiled.update(x, d, 0.3);
    single.update(x, d, 0.3);
    assertClose(read(tiled), read(single));
    double[] y1 = new double[rows];
    double[] y2 = new double[rows];
    tiled.forward(x, y1);
    single.forward(x, y2);
    assertClose(y1, y2);
    double[] z1 = new double[cols];
    double[] z2 = new double[cols];
    tiled.backward(d, z1);
    single.backward(d, z2);
    assertClose(z1, z2);
  }

  private static double[] read(TrainableMatrix m) {
    double[] w = new double[m.rows() * m.cols()];
    m.readWeights(w);
    return w;
  }

  private static void assertClose(double[] a, double[] b) {
    assertThat(a).hasSameSizeAs(b);
    for (int k = 0; k < a.length; k++) {
      assertThat(Math.abs(a[k] - b[k])).as("entry %d", k).isLessThan(1e-12 * Math.max(1, Math.abs(b[k])));
    }
  }
}
