package io.github.rider.algorithms.cells;

import static io.github.rider.theory.Require.nonNegative;
import static io.github.rider.theory.Require.positive;
import static io.github.rider.theory.Require.unitInterval;

import io.github.rider.device.tile.IoParameters;
import io.github.rider.device.tile.TileConfig;
import io.github.rider.device.tile.UpdateParameters;
import java.util.Locale;

/**
 * Hyperparameters of the training cells, with AIHWKit's transfer-compound names in Java case
 * (docs/transfer-compounds.md §2-7, paper Tables 3-5). {@link #withOverride} accepts the snake_case
 * names ({@code fast_lr}, {@code transfer_every}, ...), so a command line can pass them through.
 *
 * <p>Defaults: the paper's tables as named constants, {@link Table3} (LeNet-5) and {@link Table5}
 * (FCN); {@link #fcn} and {@link #lenet5} pick the column of an {@link Algorithm}. Changes are
 * made by name, with {@link #toBuilder} ({@code Table3.E_RIDER.toBuilder().fastLr(0.1).build()})
 * or, at the command line, with {@link #withOverride} and AIHWKit's snake_case names.
 *
 * @param transferEvery       transfer_every: vector updates between column transfers (&gt; 0;
 *                            times the mini-batch size if unitsInMbatch)
 * @param unitsInMbatch       units_in_mbatch: transferEvery counts mini-batches (the transfers
 *                            then happen in {@code endBatch})
 * @param nReadsPerTransfer   n_reads_per_transfer (only 1 is supported, as AIHWKit's chopped
 *                            compounds require)
 * @param fastLr              fast_lr: pulse-count lr of the fast tile A; 0 = use the SGD lr.
 *                            AIHWKit 1.0.0: absolute (docs/transfer-compounds.md §7)
 * @param scaleFastLr         scale_fast_lr: multiply fastLr by the SGD lr (AIHWKit HEAD switch)
 * @param transferLr          transfer_lr (&gt;= 0)
 * @param scaleTransferLr     scale_transfer_lr: multiply transferLr by the SGD lr
 * @param autoGranularity     auto_granularity: buffer granularity g_A autoGranularity /
 *                            (cols |transferEvery|) if &gt; 0
 * @param autoScale           auto_scale: count lr = fastLr BL g_A / (m_x m_d)
 * @param autoMomentum        auto_momentum of the m_x, m_d running maxima, in [0, 1)
 * @param bufferGranularity   buffer_granularity (&gt; 0)
 * @param inChopProb          in_chop_prob p in [0, 1]: input-chopper flip probability per read
 *                            (random) or period max(ceil(1/p), 2) sweeps (regular)
 * @param inChopRandom        in_chop_random
 * @param outChopProb         out_chop_prob in [0, 1] (per output, after each sweep)
 * @param momentum            momentum of the buffer in [0, 1]
 * @param forgetBuffer        forget_buffer: H &larr; momentum H after a transfer (else
 *                            H &larr; H - (1 - momentum) n)
 * @param tailWeightening     tail_weightening: AGAD's running-mean rate min(tw / n_s, 1) (&gt; 0)
 * @param thresScale          thres_scale: TT-v2's threshold in units of g_C (&gt; 0)
 * @param gamma               gamma: weight of the fast tile in the forward weight (&gt;= 0)
 * @param step                step: pulses per unit buffer count (&gt; 0)
 * @param tile                forward/backward I/O and main pulsed update of every tile
 * @param transferForward     transfer_forward: I/O of the transfer reads
 * @param transferUpdate      transfer_update: pulsed update of the slow tile
 */
public record CellHyperparameters(
    double transferEvery,
    boolean unitsInMbatch,
    int nReadsPerTransfer,
    double fastLr,
    boolean scaleFastLr,
    double transferLr,
    boolean scaleTransferLr,
    double autoGranularity,
    boolean autoScale,
    double autoMomentum,
    double bufferGranularity,
    double inChopProb,
    boolean inChopRandom,
    double outChopProb,
    double momentum,
    boolean forgetBuffer,
    double tailWeightening,
    double thresScale,
    double gamma,
    double step,
    TileConfig tile,
    IoParameters transferForward,
    UpdateParameters transferUpdate) {

  public CellHyperparameters {
    positive("transferEvery", transferEvery);
    if (nReadsPerTransfer != 1) {
      throw new IllegalArgumentException(
          "nReadsPerTransfer must be 1 (as AIHWKit's chopped compounds), was " + nReadsPerTransfer);
    }
    nonNegative("fastLr", fastLr);
    nonNegative("transferLr", transferLr);
    nonNegative("autoGranularity", autoGranularity);
    unitInterval("autoMomentum", autoMomentum);
    if (autoMomentum == 1) {
      throw new IllegalArgumentException("autoMomentum must be < 1, was 1");
    }
    positive("bufferGranularity", bufferGranularity);
    unitInterval("inChopProb", inChopProb);
    unitInterval("outChopProb", outChopProb);
    unitInterval("momentum", momentum);
    positive("tailWeightening", tailWeightening);
    positive("thresScale", thresScale);
    nonNegative("gamma", gamma);
    positive("step", step);
    if (tile == null || transferForward == null || transferUpdate == null) {
      throw new IllegalArgumentException("tile, transferForward and transferUpdate must be set");
    }
  }

  /**
   * The paper's Table 5 (FCN) defaults of {@code algorithm} ({@link Table5}); the columns the
   * paper lacks: TT-v1 {@link #ttv1}, c-TTv2 takes AGAD's, RIDER {@link #rider}, digital and
   * analog SGD take E-RIDER's (they read none of them but the tile's).
   */
  public static CellHyperparameters fcn(Algorithm algorithm) {
    return switch (algorithm) {
      case TTV1 -> ttv1();
      case TTV2 -> Table5.TTV2;
      case AGAD, CTTV2 -> Table5.AGAD;
      case RIDER -> rider();
      case DIGITAL, ANALOG_SGD, ERIDER -> Table5.E_RIDER;
    };
  }

  /** The paper's Table 3 (LeNet-5) defaults of {@code algorithm}; completions as {@link #fcn}. */
  public static CellHyperparameters lenet5(Algorithm algorithm) {
    return switch (algorithm) {
      case TTV1 -> ttv1();
      case TTV2 -> Table3.TTV2;
      case AGAD, CTTV2 -> Table3.AGAD;
      case RIDER -> rider();
      case DIGITAL, ANALOG_SGD, ERIDER -> Table3.E_RIDER;
    };
  }

  /**
   * TT-v1 (TransferCompound, docs/transfer-compounds.md §2; not in the paper's tables, which give
   * no hyperparameters for Fig. 2): Table 3's E-RIDER column with gamma 0, no chopper,
   * transfer_update AIHWKit's UpdateParameters() (BL 31, UM, UBLM), scale_transfer_lr true,
   * TransferCompound's fast_lr 1 replaced by Table 3's AGAD value 0.01 (absolute, AIHWKit 1.0.0)
   * and transfer_lr 1 (lr_t = the SGD lr).
   */
  public static CellHyperparameters ttv1() {
    return Table3.E_RIDER.toBuilder().inChopProb(0).gamma(0).scaleTransferLr(true)
        .autoGranularity(0).fastLr(0.01).transferLr(1)
        .transferUpdate(UpdateParameters.DEFAULTS).build();
  }

  /**
   * RIDER (not in the paper's tables): E-RIDER's column with tail_weightening 0.2, i.e. a slow EMA
   * (rate 0.01 per read at n_s = 20). Without choppers the EMA must be slow against the fast
   * tile (Theorem 3.7: eta = Theta(alpha mu)); at AGAD's rate 0.25 the EMA follows the gradient
   * signal of P itself, so P - Q carries no gradient and W does not learn. Known weakness: under a
   * reference offset the slow EMA starts from Q = 0 and lags P's drift to the SP, and the lag
   * (P - Q-tilde) is transferred into W (ERiderRobustToSymmetricPointOffsetTest shows it). RIDER
   * on tiles is not one of the paper's runs.
   */
  public static CellHyperparameters rider() {
    return Table3.E_RIDER.toBuilder().tailWeightening(0.2).build();
  }

  /**
   * An empty builder (numbers 0, switches false, no tile): set every component by name, e.g.
   * {@link Table3#E_RIDER}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to change some of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A copy with the AIHWKit-named parameter {@code name} (snake_case, or the Java name) set to
   * {@code value}; also {@code desired_bl} (main update BL) and {@code transfer_desired_bl}.
   *
   * @throws IllegalArgumentException for an unknown name or an unparsable or invalid value
   */
  public CellHyperparameters withOverride(String name, String value) {
    Builder b = new Builder(this);
    String key = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    try {
      switch (key) {
        case "transferevery" -> b.transferEvery = Double.parseDouble(value);
        case "unitsinmbatch" -> b.unitsInMbatch = bool(value);
        case "nreadspertransfer" -> b.nReadsPerTransfer = Integer.parseInt(value);
        case "fastlr" -> b.fastLr = Double.parseDouble(value);
        case "scalefastlr" -> b.scaleFastLr = bool(value);
        case "transferlr" -> b.transferLr = Double.parseDouble(value);
        case "scaletransferlr" -> b.scaleTransferLr = bool(value);
        case "autogranularity" -> b.autoGranularity = Double.parseDouble(value);
        case "autoscale" -> b.autoScale = bool(value);
        case "automomentum" -> b.autoMomentum = Double.parseDouble(value);
        case "buffergranularity" -> b.bufferGranularity = Double.parseDouble(value);
        case "inchopprob" -> b.inChopProb = Double.parseDouble(value);
        case "inchoprandom" -> b.inChopRandom = bool(value);
        case "outchopprob" -> b.outChopProb = Double.parseDouble(value);
        case "momentum" -> b.momentum = Double.parseDouble(value);
        case "forgetbuffer" -> b.forgetBuffer = bool(value);
        case "tailweightening" -> b.tailWeightening = Double.parseDouble(value);
        case "thresscale" -> b.thresScale = Double.parseDouble(value);
        case "gamma" -> b.gamma = Double.parseDouble(value);
        case "step" -> b.step = Double.parseDouble(value);
        case "desiredbl" -> b.tile = b.tile.withUpdate(
            b.tile.update().withDesiredBl(Integer.parseInt(value)));
        case "transferdesiredbl" -> b.transferUpdate =
            b.transferUpdate.withDesiredBl(Integer.parseInt(value));
        default -> throw new IllegalArgumentException("unknown hyperparameter '" + name
            + "'; known: transfer_every, units_in_mbatch, n_reads_per_transfer, fast_lr, "
            + "scale_fast_lr, transfer_lr, scale_transfer_lr, auto_granularity, auto_scale, "
            + "auto_momentum, buffer_granularity, in_chop_prob, in_chop_random, out_chop_prob, "
            + "momentum, forget_buffer, tail_weightening, thres_scale, gamma, step, desired_bl, "
            + "transfer_desired_bl");
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "hyperparameter " + name + " needs a number, got '" + value + "'", e);
    }
    return b.build();
  }

  private static boolean bool(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("1")) {
      return true;
    }
    if (s.equals("false") || s.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException("expected true or false, got '" + v + "'");
  }

  /** A copy with other tile periphery. */
  public CellHyperparameters withTile(TileConfig v) {
    return toBuilder().tile(v).build();
  }

  /** A copy with another transfer-read I/O. */
  public CellHyperparameters withTransferForward(IoParameters v) {
    return toBuilder().transferForward(v).build();
  }

  /** A copy with another transfer update. */
  public CellHyperparameters withTransferUpdate(UpdateParameters v) {
    return toBuilder().transferUpdate(v).build();
  }

  /**
   * Named, fluent construction of {@link CellHyperparameters}, started from a record with
   * {@link #toBuilder} (e.g. {@code Table3.E_RIDER.toBuilder().fastLr(0.1).build()}); each setter
   * is named after the record component it sets; {@link #build} validates.
   */
  public static final class Builder {
    private double transferEvery;
    private boolean unitsInMbatch;
    private int nReadsPerTransfer;
    private double fastLr;
    private boolean scaleFastLr;
    private double transferLr;
    private boolean scaleTransferLr;
    private double autoGranularity;
    private boolean autoScale;
    private double autoMomentum;
    private double bufferGranularity;
    private double inChopProb;
    private boolean inChopRandom;
    private double outChopProb;
    private double momentum;
    private boolean forgetBuffer;
    private double tailWeightening;
    private double thresScale;
    private double gamma;
    private double step;
    private TileConfig tile;
    private IoParameters transferForward;
    private UpdateParameters transferUpdate;

    private Builder() {}

    private Builder(CellHyperparameters h) {
      transferEvery = h.transferEvery;
      unitsInMbatch = h.unitsInMbatch;
      nReadsPerTransfer = h.nReadsPerTransfer;
      fastLr = h.fastLr;
      scaleFastLr = h.scaleFastLr;
      transferLr = h.transferLr;
      scaleTransferLr = h.scaleTransferLr;
      autoGranularity = h.autoGranularity;
      autoScale = h.autoScale;
      autoMomentum = h.autoMomentum;
      bufferGranularity = h.bufferGranularity;
      inChopProb = h.inChopProb;
      inChopRandom = h.inChopRandom;
      outChopProb = h.outChopProb;
      momentum = h.momentum;
      forgetBuffer = h.forgetBuffer;
      tailWeightening = h.tailWeightening;
      thresScale = h.thresScale;
      gamma = h.gamma;
      step = h.step;
      tile = h.tile;
      transferForward = h.transferForward;
      transferUpdate = h.transferUpdate;
    }

    /** Sets {@link CellHyperparameters#transferEvery}. */
    public Builder transferEvery(double v) {
      transferEvery = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#unitsInMbatch}. */
    public Builder unitsInMbatch(boolean v) {
      unitsInMbatch = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#nReadsPerTransfer}. */
    public Builder nReadsPerTransfer(int v) {
      nReadsPerTransfer = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#fastLr}. */
    public Builder fastLr(double v) {
      fastLr = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#scaleFastLr}. */
    public Builder scaleFastLr(boolean v) {
      scaleFastLr = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#transferLr}. */
    public Builder transferLr(double v) {
      transferLr = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#scaleTransferLr}. */
    public Builder scaleTransferLr(boolean v) {
      scaleTransferLr = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#autoGranularity}. */
    public Builder autoGranularity(double v) {
      autoGranularity = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#autoScale}. */
    public Builder autoScale(boolean v) {
      autoScale = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#autoMomentum}. */
    public Builder autoMomentum(double v) {
      autoMomentum = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#bufferGranularity}. */
    public Builder bufferGranularity(double v) {
      bufferGranularity = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#inChopProb}. */
    public Builder inChopProb(double v) {
      inChopProb = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#inChopRandom}. */
    public Builder inChopRandom(boolean v) {
      inChopRandom = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#outChopProb}. */
    public Builder outChopProb(double v) {
      outChopProb = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#momentum}. */
    public Builder momentum(double v) {
      momentum = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#forgetBuffer}. */
    public Builder forgetBuffer(boolean v) {
      forgetBuffer = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#tailWeightening}. */
    public Builder tailWeightening(double v) {
      tailWeightening = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#thresScale}. */
    public Builder thresScale(double v) {
      thresScale = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#gamma}. */
    public Builder gamma(double v) {
      gamma = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#step}. */
    public Builder step(double v) {
      step = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#tile}. */
    public Builder tile(TileConfig v) {
      tile = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#transferForward}. */
    public Builder transferForward(IoParameters v) {
      transferForward = v;
      return this;
    }

    /** Sets {@link CellHyperparameters#transferUpdate}. */
    public Builder transferUpdate(UpdateParameters v) {
      transferUpdate = v;
      return this;
    }

    /** Sets the main update's pulse-train length BL (AIHWKit desired_bl). */
    public Builder desiredBl(int bl) {
      tile = tile.withUpdate(tile.update().withDesiredBl(bl));
      return this;
    }

    /** Sets the transfer update's pulse-train length BL (transfer_desired_bl). */
    public Builder transferDesiredBl(int bl) {
      transferUpdate = transferUpdate.withDesiredBl(bl);
      return this;
    }

    /** The record (validated by its constructor). */
    public CellHyperparameters build() {
      return new CellHyperparameters(transferEvery, unitsInMbatch, nReadsPerTransfer, fastLr,
          scaleFastLr, transferLr, scaleTransferLr, autoGranularity, autoScale, autoMomentum,
          bufferGranularity, inChopProb, inChopRandom, outChopProb, momentum, forgetBuffer,
          tailWeightening, thresScale, gamma, step, tile, transferForward, transferUpdate);
    }
  }
}
