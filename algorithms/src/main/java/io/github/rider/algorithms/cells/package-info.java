/**
 * Training cells: how one layer's weight matrix is stored on analog tiles and updated
 * ({@link io.github.rider.algorithms.nn.TrainableMatrix}): {@link
 * io.github.rider.algorithms.cells.AnalogSgdCell}, {@link io.github.rider.algorithms.cells.TtV1Cell}
 * (TT-v1, no buffer), {@link io.github.rider.algorithms.cells.TtV2Cell},
 * {@link io.github.rider.algorithms.cells.ChoppedTtV2Cell}, {@link
 * io.github.rider.algorithms.cells.AgadCell}, {@link io.github.rider.algorithms.cells.ERiderCell}
 * (E-RIDER, and RIDER without chopping), each composed from parts ({@link
 * io.github.rider.algorithms.cells.TransferTiles}, choppers, the reference strategies, warm-up,
 * transfer buffer, mixed-weight cache; docs/transfer-compounds.md §9), built by name with {@link
 * io.github.rider.algorithms.cells.Cells#create} and hyperparameters {@link
 * io.github.rider.algorithms.cells.CellHyperparameters} (AIHWKit names, paper Tables 3 and 5); the
 * reference calibration before residual learning (ground-truth or ZS-estimated symmetric points)
 * is {@link io.github.rider.algorithms.cells.SymmetricPointCalibration}.
 */
package io.github.rider.algorithms.cells;
