package io.github.rider.experiments.mnist;

import io.github.rider.experiments.PaperClaims;
import io.github.rider.experiments.sweep.ClaimResult;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import java.util.Map;

/**
 * Table 2 of the paper (arXiv 2602.21321): MNIST FCN test accuracy of TT-v2, AGAD and E-RIDER
 * on the HfO2 preset {@code reram-array-hfo2} over a grid of reference offsets 'Ref Mean' x
 * 'Ref Std' (AIHWKit reference_mean / reference_std), with the paper's Table 5 hyperparameters
 * ({@link MnistModel#hyperparameters}) and the global learning rates of {@code rider
 * train-mnist} (TT-v2 0.005, AGAD and E-RIDER 0.05; the paper does not state the FCN's). The
 * sweep, the paper-vs-ours table and the verdict rules are {@link ReferenceGridExperiment}'s.
 */
public final class Table2FcnReferenceGrid
    extends ReferenceGridExperiment<Table2FcnReferenceGrid.Config> {

  /** Subcommand and folder name. */
  public static final String NAME = "table2";

  /** The methods of Table 2, in the paper's order. */
  public static final List<String> ALGORITHMS = ReferenceGridExperiment.ALGORITHMS;

  /**
   * Parameters of the run.
   *
   * @param algorithms methods (subset of {@link #ALGORITHMS})
   * @param refMeans   'Ref Mean' values
   * @param refStds    'Ref Std' values (each &gt;= 0)
   * @param seeds      replicates per cell (&gt;= 1)
   * @param trainSize  training samples (first N of the bundled 8,000)
   * @param testSize   test samples (first N of the bundled 2,000)
   * @param epochs     epochs
   * @param preset     device preset
   */
  public record Config(List<String> algorithms, List<Double> refMeans, List<Double> refStds,
      int seeds, int trainSize, int testSize, int epochs, String preset)
      implements ReferenceGridExperiment.Grid {

    public Config {
      algorithms = List.copyOf(algorithms);
      refMeans = List.copyOf(refMeans);
      refStds = List.copyOf(refStds);
      validate(MnistModel.FCN, algorithms, refMeans, refStds, seeds, trainSize, testSize, epochs,
          preset);
    }

    /**
     * Quick: a corner of the grid, Ref Mean {0, 0.4} x Ref Std {0.05, 0.4}, one replicate,
     * 2,000 training samples x 3 epochs (as fig5's quick mode); full: the whole 4 x 6 grid,
     * 8,000 x 50 epochs, 3 replicates (the paper does not state its epochs or seeds for Table
     * 2; 50 as Fig. 5). Test: all 2,000 bundled samples.
     */
    public static Config forScale(Scale scale) {
      return scale == Scale.FULL
          ? new Config(ALGORITHMS, PaperClaims.TABLE_REF_MEANS, PaperClaims.TABLE_REF_STDS, 3,
              8000, 2000, 50, "reram-array-hfo2")
          : new Config(ALGORITHMS, List.of(0.0, 0.4), List.of(0.05, 0.4), 1, 2000, 2000, 3,
              "reram-array-hfo2");
    }

    /** This configuration with another grid and sizes (e.g. a tiny smoke run). */
    public Config with(List<Double> means, List<Double> stds, int s, int train, int test,
        int ep) {
      return new Config(algorithms, means, stds, s, train, test, ep, preset);
    }
  }

  public Table2FcnReferenceGrid(Config config) {
    super(NAME, "Table 2: MNIST FCN test accuracy of TT-v2, AGAD and E-RIDER over Ref Mean x "
        + "Ref Std", config, MnistModel.FCN, PaperClaims::table2, PaperClaims.TABLE2_ERIDER_BEST,
        List.of());
  }

  /**
   * Table 2's claim "E-RIDER has the highest mean accuracy in every cell" by the shared rule
   * {@link ReferenceGridExperiment#judgeBest}.
   */
  static ClaimResult judge(Map<String, Map<String, List<Double>>> byCell, boolean pastWarmUp,
      Map<String, Object> summary) {
    return judgeBest(PaperClaims.TABLE2_ERIDER_BEST, PaperClaims::table2, byCell, pastWarmUp,
        summary);
  }
}
