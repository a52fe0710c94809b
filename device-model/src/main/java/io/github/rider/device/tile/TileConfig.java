package io.github.rider.device.tile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.rider.device.Parallelism;

/**
 * The periphery of one analog tile: forward and backward I/O and the pulsed-update parameters
 * (AIHWKit's rpu_config minus the device), and how the tile splits its work over threads.
 *
 * @param forward     I/O of y = W x
 * @param backward    I/O of z = W^T d (bound management is ignored here, as in AIHWKit)
 * @param update      pulsed-update parameters
 * @param parallelism how the tile's products, pulsed updates and zero-shifting trains are split
 *                    over threads; changes speed only, never a result, hence not part of the
 *                    configuration written to JSON nor of {@link #equals}: two configurations
 *                    that differ only here give the same results and are equal
 */
public record TileConfig(IoParameters forward, IoParameters backward, UpdateParameters update,
    @JsonIgnore Parallelism parallelism) {

  /** The paper's Table 6 I/O in both directions with AIHWKit's default pulsed update. */
  public static final TileConfig PAPER = new TileConfig(IoParameters.PAPER_TABLE6,
      IoParameters.PAPER_TABLE6, UpdateParameters.DEFAULTS);

  /** AIHWKit's preset periphery: PresetIOParameters both ways, PresetUpdateParameters. */
  public static final TileConfig PRESET =
      new TileConfig(IoParameters.PRESET, IoParameters.PRESET, UpdateParameters.DEFAULTS);

  /** Perfect I/O both ways with the default pulsed update. */
  public static final TileConfig PERFECT_IO =
      new TileConfig(IoParameters.PERFECT, IoParameters.PERFECT, UpdateParameters.DEFAULTS);

  public TileConfig {
    if (forward == null || backward == null || update == null || parallelism == null) {
      throw new IllegalArgumentException(
          "forward, backward, update and parallelism must not be null");
    }
  }

  /** A periphery whose tiles run on the calling thread ({@link Parallelism#SERIAL}). */
  public TileConfig(IoParameters forward, IoParameters backward, UpdateParameters update) {
    this(forward, backward, update, Parallelism.SERIAL);
  }

  public TileConfig withUpdate(UpdateParameters v) {
    return new TileConfig(forward, backward, v, parallelism);
  }

  public TileConfig withIo(IoParameters v) {
    return new TileConfig(v, v, update, parallelism);
  }

  public TileConfig withParallelism(Parallelism v) {
    return new TileConfig(forward, backward, update, v);
  }

  /** Equal periphery: forward, backward and update; {@link #parallelism} is not compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TileConfig c && forward.equals(c.forward) && backward.equals(c.backward)
        && update.equals(c.update);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(forward, backward, update);
  }
}
