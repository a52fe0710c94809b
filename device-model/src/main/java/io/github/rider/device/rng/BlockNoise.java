package io.github.rider.device.rng;

/**
 * Independent random streams, one per block of devices, for the per-pulse hot loops: block b's
 * stream is a SplitMix64 generator (Steele, Lea and Flood 2014: state &larr; state + 0x9E3779B97F4A7C15,
 * output = the state through the {@link RandomStreams#mix MurmurHash3-style finaliser}; period 2^64,
 * passes BigCrush) whose initial state is {@link RandomStreams#seed(String, long)} of the source's
 * name and b. Standard normals come from a 128-layer ziggurat over one 64-bit output ({@link
 * #gaussian}).
 *
 * <p>Why blocks: a device's noise depends only on its block's stream and on the order of the draws
 * within that block, so blocks can be processed in any order, several pulses at a time (temporal
 * blocking) or on several threads, and the results stay bit-identical to one block after another.
 * The blocks' starting states are independent 64-bit hashes; two blocks' sequences overlap only if
 * their states lie within the number of draws of each other on the 2^64 cycle (probability below
 * blocks^2 draws / 2^64, e.g. 10^-7 for 10^4 blocks of 10^12 draws each).
 *
 * <p>State lives in a {@code long[]} (one word per block), so that the draw inlines into the
 * caller's loop with no object per block. Not thread-safe for one block; distinct blocks may be
 * drawn from on distinct threads.
 */
public final class BlockNoise {

  /** SplitMix64's increment (the odd integer nearest 2^64 / golden ratio). */
  static final long GAMMA = 0x9E3779B97F4A7C15L;

  private final long[] state;

  private BlockNoise(long[] state) {
    this.state = state;
  }

  /** {@code blocks} streams of the source {@code name} of {@code streams}. */
  public static BlockNoise of(RandomStreams streams, String name, int blocks) {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks must be >= 1, was " + blocks);
    }
    long[] s = new long[blocks];
    for (int b = 0; b < blocks; b++) {
      s[b] = streams.seed(name, b);
    }
    return new BlockNoise(s);
  }

  /** Number of blocks. */
  public int blocks() {
    return state.length;
  }

  /** The next 64 random bits of block b. */
  public long nextLong(int b) {
    long s = state[b] + GAMMA;
    state[b] = s;
    return RandomStreams.mix0(s);
  }

  /** A uniform double in the open interval (0, 1) from block b (53 bits). */
  public double nextOpenUniform(int b) {
    return ((nextLong(b) >>> 11) + 0.5) * 0x1.0p-53;
  }

  /**
   * The next {@code len} standard normals of block b into out[0, len): the same values as
   * {@code len} calls of {@link #gaussian}, with the block's state held in a register.
   */
  public void gaussians(int b, double[] out, int len) {
    long s = state[b];
    for (int k = 0; k < len; k++) {
      s += GAMMA;
      long bits = RandomStreams.mix0(s);
      int layer = (int) bits & Ziggurat.LAYER_MASK;
      long signed = bits >> Ziggurat.SHIFT;
      if (Math.abs(signed) < Ziggurat.K[layer]) {
        out[k] = signed * Ziggurat.W[layer];
      } else {
        state[b] = s;
        out[k] = Ziggurat.slow(this, b, signed, layer);
        s = state[b];
      }
    }
    state[b] = s;
  }

  /** A standard normal from block b (one 64-bit draw in 98.8 % of calls; {@link Ziggurat}). */
  public double gaussian(int b) {
    long bits = nextLong(b);
    int layer = (int) bits & Ziggurat.LAYER_MASK;
    long signed = bits >> Ziggurat.SHIFT;
    if (Math.abs(signed) < Ziggurat.K[layer]) {
      return signed * Ziggurat.W[layer];
    }
    return Ziggurat.slow(this, b, signed, layer);
  }
}
