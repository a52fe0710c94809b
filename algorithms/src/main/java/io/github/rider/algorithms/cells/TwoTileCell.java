package io.github.rider.algorithms.cells;

import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.tile.AnalogTile;

/**
 * A cell with a fast tile A that receives the gradient pulses and a slow tile C that receives
 * column transfers from it (TT-v1, TT-v2, c-TTv2, AGAD, RIDER / E-RIDER): what a run reports to
 * show where the pulses went and how far the transfer has come.
 */
public interface TwoTileCell extends TrainableMatrix {

  /** The fast tile A (P for E-RIDER). */
  AnalogTile fastTile();

  /** The slow tile C (W for E-RIDER). */
  AnalogTile slowTile();

  /** Column transfers so far. */
  long transfers();

  /** Completed full sweeps over the columns. */
  long sweeps();

  /** Sign changes of the cell's choppers so far (0 for a cell without choppers). */
  default long chopperFlips() {
    return 0;
  }

  /** Pulses fired on A and C. */
  @Override
  default long pulses() {
    return fastTile().pulses() + slowTile().pulses();
  }

  /** Element writes by programming A and C (initial weights excluded). */
  @Override
  default long programmingOps() {
    return fastTile().programmingOps() + slowTile().programmingOps();
  }
}
