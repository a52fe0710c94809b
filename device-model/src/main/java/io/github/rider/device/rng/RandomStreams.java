package io.github.rider.device.rng;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one place where generators are created. A {@code RandomStreams} holds a root seed; each
 * named source of randomness (device-to-device, cycle-to-cycle, pulse trains, data order,
 * chopper, ...) gets its own generator, seeded from the root seed and the source's name by a
 * SplitMix64 mix. Switching one noise source on therefore never shifts another, and two
 * algorithms started from one root seed see the same devices (common random numbers).
 *
 * <p>The algorithm is {@code L64X128MixRandom} (JDK 17, splittable/jumpable family, period
 * 2^128(2^64-1), passes BigCrush). Same seed and name, same sequence, on every platform. The
 * per-pulse hot loops (a device's cycle-to-cycle and write noise) instead draw from {@link
 * BlockNoise}: one SplitMix64 stream per block of devices, started at {@link #seed(String, long)},
 * so that blocks are independent of each other's order and thread.
 */
public final class RandomStreams {

  /** Conventional stream names, so that modules agree on them. */
  public static final String DEVICE_TO_DEVICE = "d2d";
  public static final String CYCLE_TO_CYCLE = "c2c";
  public static final String PULSE_TRAIN = "pulses";
  public static final String WRITE_NOISE = "write-noise";
  public static final String REFERENCE = "reference";
  public static final String DATA = "data";
  public static final String GRADIENT_NOISE = "gradient-noise";
  public static final String CHOPPER = "chopper";
  public static final String IO_NOISE = "io-noise";
  public static final String INIT = "init";

  private static final String ALGORITHM = "L64X128MixRandom";
  private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
      RandomGeneratorFactory.of(ALGORITHM);

  private final long seed;

  private RandomStreams(long seed) {
    this.seed = seed;
  }

  /** Streams rooted at {@code seed}. */
  public static RandomStreams of(long seed) {
    return new RandomStreams(seed);
  }

  /** The root seed. */
  public long seed() {
    return seed;
  }

  /** A fresh generator for the named source; the same name always gives the same sequence. */
  public RandomGenerator stream(String name) {
    return FACTORY.create(childSeed(name));
  }

  /** A fresh generator for the {@code index}-th member of a named family (e.g. replica i). */
  public RandomGenerator stream(String name, long index) {
    return FACTORY.create(seed(name, index));
  }

  /**
   * The 64-bit seed of the {@code index}-th member of a named family: the seed {@link
   * #stream(String, long)} starts its generator from, and the starting state of {@link
   * BlockNoise}'s block {@code index}.
   */
  public long seed(String name, long index) {
    return mix(childSeed(name) ^ mix(index + 0x632BE59BD9B4E019L));
  }

  /** Child streams rooted at a seed derived from this root and {@code name}. */
  public RandomStreams child(String name) {
    return new RandomStreams(childSeed(name));
  }

  /** Child streams for the {@code index}-th member of a named family. */
  public RandomStreams child(String name, long index) {
    return new RandomStreams(seed(name, index));
  }

  private long childSeed(String name) {
    long h = 0xCBF29CE484222325L; // FNV-1a 64 over the UTF-8 bytes of the name
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001B3L;
    }
    return mix(seed ^ mix(h));
  }

  /** SplitMix64's step and finaliser: {@link #mix0} of z + 0x9E3779B97F4A7C15. */
  static long mix(long z) {
    return mix0(z + BlockNoise.GAMMA);
  }

  /** SplitMix64's output function (a variant of MurmurHash3's 64-bit finaliser). */
  static long mix0(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "RandomStreams[seed=" + seed + "]";
  }
}
