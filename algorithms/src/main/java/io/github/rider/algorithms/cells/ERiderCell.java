package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;

/**
 * E-RIDER (paper Algorithm 3) on tiles as docs/transfer-compounds.md §6 maps it: P = the fast
 * tile A, W = the slow tile C, the digital EMA Q (eq. (12)) = a per-element running mean of P's
 * reads at rate beta = min(tailWeightening / n_s, 1), and an analog reference tile Q-tilde,
 * reprogrammed to Q column by column whenever that column's input chopper switches ({@link
 * ProgrammedReference}). Forward and backward use the chopped mixed weight W-bar = W + gamma c (P
 * - Q-tilde) ({@link MixedWeight}; AIHWKit's newer form omits Q-tilde), through the tile I/O.
 *
 * <p>Per sample ({@link #update}), then per transfer of column j ({@link #transfer}):
 *
 * <ol>
 *   <li>eq. (18a): P is pulsed with the chopped gradient factors c_in &#8857; x, c_out &#8857; d;
 *   <li>eq. (12): the read v = P e_j (transfer I/O) enters Q[:, j];
 *   <li>eq. (18b): the buffer H += c (v - Q-tilde e_j) |lr_t| / bg ({@link TransferBuffer}), the
 *       c-TTv2/AGAD buffer, sends its whole pulses to W, except during the {@link WarmUp} of n_s
 *       sweeps;
 *   <li>eq. (17): the choppers may switch ({@link Choppers}); a switched c_in[j] sets Q-tilde[:, j]
 *       = Q[:, j] by programming (Algorithm 3 step 2).
 * </ol>
 *
 * <p>RIDER ({@code chopping = false}, paper: "RIDER is E-RIDER with p = 0"): the same cell with
 * the chopper signs held at +1; the period n_s still clocks the EMA rate, Q-tilde's refresh and
 * the warm-up (with p = 0 literally, Q would never move and Q-tilde never refresh on tiles).
 */
public final class ERiderCell implements TransferCompoundCell {

  private final TransferTiles tiles;
  private final ProgrammedReference qTilde;
  private final WarmUp warmUp;
  private final FastLearningRate fastLr;

  /**
   * @param chopping false for RIDER (chopper signs held at +1)
   * @throws IllegalArgumentException if rows or cols &lt;= 0, or hp.inChopProb() is not &gt; 0
   */
  public ERiderCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean chopping) {
    this.qTilde = new ProgrammedReference(rows, cols, device, hp, streams);
    this.tiles = new TransferTiles(rows, cols, device, hp, streams, !chopping, qTilde,
        TransferBuffer.choppedGranularity(hp, device, cols), this::transfer);
    this.warmUp = new WarmUp(tiles.choppers().period());
    this.fastLr = new FastLearningRate(hp, device);
  }

  @Override
  public TransferTiles tiles() {
    return tiles;
  }

  /**
   * Eq. (18a): P &larr; P - alpha (c_out &#8857; d)(c_in &#8857; x)^T by pulses; then the
   * transfer, if one is due.
   */
  @Override
  public void update(double[] x, double[] d, double lr) {
    tiles.update(x, d, fastLr.of(lr, x, d), lr);
  }

  /** One transfer of the next column j: eqs. (12), (18b), (17). */
  void transfer(double lr) {
    int j = tiles.column();
    tiles.readFast(j); // v = P e_j through the transfer I/O
    tiles.readReference(j); // (12): Q[:, j] <- (1 - beta) Q[:, j] + beta v; r = Q-tilde e_j
    if (!warmUp.holds(tiles.sweeps())) {
      tiles.toSlow(j, lr); // (18b): H += c (v - r) |lr_t| / bg; whole units pulse W
    }
    tiles.endTransfer(j); // (17); a switched c_in[j]: Q-tilde[:, j] <- Q[:, j] (step 2)
  }

  /** Initial weights: W = w, P = 0, Q-tilde = 0; not counted. */
  @Override
  public void setWeights(double[] w) {
    tiles.setWeights(w);
    qTilde.reset();
  }

  /** Element writes by programming P, W and Q-tilde (initial weights excluded). */
  @Override
  public long programmingOps() {
    return TransferCompoundCell.super.programmingOps() + qTilde.tile().programmingOps();
  }

  /** The analog reference tile Q-tilde. */
  public AnalogTile referenceTile() {
    return qTilde.tile();
  }

  /** The EMA rate beta = min(tailWeightening / n_s, 1). */
  public double meanRate() {
    return qTilde.mean().rate();
  }

  /** Q of element (i, j), the digital EMA. */
  public double runningMean(int i, int j) {
    return qTilde.mean().get(i, j);
  }

  /** Column j of Q-tilde's weights, exactly, from its column-major copy (length &gt;= rows). */
  void referenceColumn(int j, double[] out) {
    qTilde.exactColumn(j, out);
  }
}
