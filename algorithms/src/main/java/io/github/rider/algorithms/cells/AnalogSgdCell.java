package io.github.rider.algorithms.cells;

import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.TileConfig;

/**
 * Plain analog SGD on one tile (Wu et al. 2025 eq. 2 in pulse form): forward and
 * backward through the tile's I/O, W &lt;- W - lr d x^T by pulse trains (AIHWKit SingleRPUConfig).
 */
public final class AnalogSgdCell implements TrainableMatrix {

  private final AnalogTile tile;

  /** A rows x cols tile of {@code device} with periphery {@code config}. */
  public AnalogSgdCell(int rows, int cols, DeviceSpec device, TileConfig config,
      RandomStreams streams) {
    this.tile = AnalogTile.create(rows, cols, device, config, streams.child("W"));
  }

  /** The tile. */
  public AnalogTile tile() {
    return tile;
  }

  @Override
  public int rows() {
    return tile.rows();
  }

  @Override
  public int cols() {
    return tile.cols();
  }

  @Override
  public void forward(double[] x, double[] y) {
    tile.forward(x, y);
  }

  @Override
  public void backward(double[] d, double[] z) {
    tile.backward(d, z);
  }

  @Override
  public void update(double[] x, double[] d, double lr) {
    tile.update(x, d, lr);
  }

  @Override
  public void readWeights(double[] out) {
    tile.readWeights(out);
  }

  @Override
  public void setWeights(double[] w) {
    tile.setWeights(w);
  }

  @Override
  public long pulses() {
    return tile.pulses();
  }

  @Override
  public long programmingOps() {
    return tile.programmingOps();
  }
}
