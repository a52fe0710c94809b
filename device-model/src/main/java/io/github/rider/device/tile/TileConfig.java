package io.github.rider.device.tile;

/**
 * The periphery of one analog tile: forward and backward I/O and the pulsed-update parameters
 * (AIHWKit's rpu_config minus the device).
 *
 * @param forward  I/O of y = W x
 * @param backward I/O of z = W^T d (bound management is ignored here, as in AIHWKit)
 * @param update   pulsed-update parameters
 */
public record TileConfig(IoParameters forward, IoParameters backward, UpdateParameters update) {

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
    if (forward == null || backward == null || update == null) {
      throw new IllegalArgumentException("forward, backward and update must not be null");
    }
  }

  public TileConfig withUpdate(UpdateParameters v) {
    return new TileConfig(forward, backward, v);
  }

  public TileConfig withIo(IoParameters v) {
    return new TileConfig(v, v, update);
  }
}
