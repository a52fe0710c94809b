package io.github.rider.algorithms.cells;

/**
 * The paper's Table 5 (arXiv 2602.21321): the FCN hyperparameters of TT-v2, AGAD and
 * E-RIDER. Table 5 lists the learning rates; "the other settings are identical across methods",
 * so every setting it omits is {@link Table3}'s.
 */
public final class Table5 {

  private Table5() {}

  /** E-RIDER: Table 3's column (fast_lr 0.5, transfer_lr 0.05). */
  public static final CellHyperparameters E_RIDER = Table3.E_RIDER;

  /** AGAD: Table 3's column with fast_lr 0.05, transfer_lr 0.3. */
  public static final CellHyperparameters AGAD =
      Table3.AGAD.toBuilder().fastLr(0.05).transferLr(0.3).build();

  /** TT-v2: Table 3's column with fast_lr 0.03, transfer_lr 0.01. */
  public static final CellHyperparameters TTV2 =
      Table3.TTV2.toBuilder().fastLr(0.03).transferLr(0.01).build();
}
