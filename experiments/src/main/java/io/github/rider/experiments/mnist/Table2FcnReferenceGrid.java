package io.github.rider.experiments.mnist;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.PaperClaims;
import io.github.rider.experiments.data.DataSource;
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
  public static final List<Algorithm> ALGORITHMS = ReferenceGridExperiment.ALGORITHMS;

  /**
   * The paper's run length for Table 2 in mini-batches: 40 epochs (its MNIST epoch count) of
   * 60,000 samples in batches of 10.
   */
  public static final long PAPER_MINI_BATCHES = MnistRun.miniBatches(40, 60_000, 10);

  /**
   * Run length of the default scale: 50 epochs of the bundled 8,000 samples. It passes the
   * first layer's warm-up of E-RIDER (n_s = 20 sweeps of 392 columns, one per mini-batch:
   * 7,840 mini-batches) and spans five of its chopper periods; AGAD's warm-up (10 sweeps) ends
   * at 3,920.
   */
  public static final long DEFAULT_MINI_BATCHES = MnistRun.miniBatches(50, 8000, 10);

  /**
   * Parameters of the run.
   *
   * @param algorithms  methods (subset of {@link #ALGORITHMS})
   * @param refMeans    'Ref Mean' values
   * @param refStds     'Ref Std' values (each &gt;= 0)
   * @param seeds       replicates per cell (&gt;= 1)
   * @param trainSize   training samples (first N of the data set)
   * @param testSize    test samples (first N)
   * @param miniBatches length of every run in mini-batches of 10
   * @param preset      device preset
   * @param data        where the images come from
   */
  public record Config(List<Algorithm> algorithms, List<Double> refMeans, List<Double> refStds,
      int seeds, int trainSize, int testSize, long miniBatches, String preset, DataSource data)
      implements ReferenceGridExperiment.Grid {

    public Config {
      algorithms = List.copyOf(algorithms);
      refMeans = List.copyOf(refMeans);
      refStds = List.copyOf(refStds);
      validate(MnistModel.FCN, algorithms, refMeans, refStds, seeds, trainSize, testSize,
          miniBatches, preset, data);
    }

    /**
     * Quick (the default of {@code rider reproduce}): the corners Ref Mean {0, 0.4} x Ref Std
     * {0.05, 0.4}, 3 replicates, {@link #DEFAULT_MINI_BATCHES} on 8,000 training samples, 2,000
     * test samples. Full: the paper's 4 x 6 grid at the same length. Paper steps: the paper's
     * grid and {@link #PAPER_MINI_BATCHES} on up to 60,000 training and 10,000 test samples (all
     * of a smaller data set). The paper does not state its seeds for Table 2; 3 as Table 1.
     */
    public static Config forScale(Scale scale, DataSource data) {
      return switch (scale) {
        case QUICK -> new Config(ALGORITHMS, List.of(0.0, 0.4), List.of(0.05, 0.4), 3, 8000,
            2000, DEFAULT_MINI_BATCHES, PRESET, data);
        case FULL -> new Config(ALGORITHMS, PaperClaims.TABLE_REF_MEANS,
            PaperClaims.TABLE_REF_STDS, 3, 8000, 2000, DEFAULT_MINI_BATCHES, PRESET, data);
        case PAPER_STEPS -> new Config(ALGORITHMS, PaperClaims.TABLE_REF_MEANS,
            PaperClaims.TABLE_REF_STDS, 3, 60_000, 10_000, PAPER_MINI_BATCHES, PRESET, data);
      };
    }

    /** This configuration with another grid, replicates, sizes and length (e.g. a tiny run). */
    public Config with(List<Double> means, List<Double> stds, int s, int train, int test,
        long batches) {
      return new Config(algorithms, means, stds, s, train, test, batches, preset, data);
    }
  }

  private static final String PRESET = "reram-array-hfo2";

  public Table2FcnReferenceGrid(Config config) {
    super(NAME, "Table 2: MNIST FCN test accuracy of TT-v2, AGAD and E-RIDER over Ref Mean x "
        + "Ref Std", config, MnistModel.FCN, PaperClaims::table2, PaperClaims.TABLE2_ERIDER_BEST,
        List.of(new MarginClaim(PaperClaims.TABLE2_AGAD_OVER_TTV2, Algorithm.AGAD, Algorithm.TTV2, 0)));
  }

  /**
   * Table 2's claim "E-RIDER has the highest mean accuracy in every cell" by the shared rule
   * {@link ReferenceGridExperiment#judgeBest}.
   */
  static ClaimResult judge(Map<GridPoint, Map<Algorithm, List<Double>>> byCell, boolean pastWarmUp,
      Map<String, Object> summary) {
    return judgeBest(PaperClaims.TABLE2_ERIDER_BEST, PaperClaims::table2, byCell, pastWarmUp,
        summary);
  }
}
