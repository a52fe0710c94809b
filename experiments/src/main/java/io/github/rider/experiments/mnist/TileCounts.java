package io.github.rider.experiments.mnist;

import io.github.rider.algorithms.cells.TwoTileCell;
import io.github.rider.algorithms.nn.TrainableMatrix;

/**
 * What one analog tile pair did in a run: where its pulses went (a slow tile with 0 pulses was
 * never written, so the method's forward weight W did not learn there), how many column
 * transfers and full sweeps it made, and how often its choppers flipped. A matrix that is not a
 * fast/slow pair reports its pulses as fast-tile pulses and 0 for the rest.
 *
 * @param name            the matrix's name in the network (e.g. "fc1[0,1]", a tile of fc1)
 * @param rows            the matrix's rows (outputs)
 * @param cols            the matrix's columns (inputs)
 * @param pairOfTiles     whether the matrix is a fast/slow tile pair ({@link TwoTileCell})
 * @param pulses          pulses fired on the matrix's tiles in all
 * @param fastTilePulses  pulses fired on the fast tile A (P for E-RIDER)
 * @param slowTilePulses  pulses fired on the slow tile C (W for E-RIDER)
 * @param transfers       column transfers A to C
 * @param sweeps          completed sweeps over the tile's columns
 * @param chopperFlips    sign changes of the input and output choppers
 * @param programmingOps  element writes by programming (E-RIDER's Q-tilde refreshes)
 */
public record TileCounts(String name, int rows, int cols, boolean pairOfTiles, long pulses,
    long fastTilePulses, long slowTilePulses, long transfers, long sweeps, long chopperFlips,
    long programmingOps) {

  /** The counts of {@code matrix} so far. */
  public static TileCounts of(String name, TrainableMatrix matrix) {
    if (matrix instanceof TwoTileCell pair) {
      return new TileCounts(name, matrix.rows(), matrix.cols(), true, matrix.pulses(),
          pair.fastTile().pulses(), pair.slowTile().pulses(),
          pair.transfers(), pair.sweeps(), pair.chopperFlips(), pair.programmingOps());
    }
    return new TileCounts(name, matrix.rows(), matrix.cols(), false, matrix.pulses(),
        matrix.pulses(), 0, 0, 0, 0, matrix.programmingOps());
  }
}
