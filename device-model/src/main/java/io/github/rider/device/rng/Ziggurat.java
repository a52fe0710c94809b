package io.github.rider.device.rng;

/**
 * Marsaglia and Tsang's ziggurat for the standard normal (J. Stat. Softw. 5(8), 2000) with 128
 * layers (r = 3.442619855899, layer area v = 9.91256303526217e-3), over 64-bit words as Doornik
 * (2005, "An improved ziggurat method") recommends: the layer index is the word's low 7 bits and
 * the signed abscissa its high 56 bits, disjoint bits, so index and value are independent (the
 * original 32-bit RNOR took both from one word and is measurably non-normal).
 *
 * <p>Fast path ({@link BlockNoise#gaussian}): with h the signed 56-bit integer and i the layer,
 * return h w_i if |h| &lt; k_i (98.8 % of draws). Otherwise {@link #slow}: the base layer
 * (i = 0) samples the tail |x| &gt; r by Marsaglia's method (x = -ln U1 / r, accept if
 * -2 ln U2 &gt; x^2, return r + x with the sign of h); other layers accept x = h w_i if
 * f_i + U (f_{i-1} - f_i) &lt; exp(-x^2/2), else draw a new word. Exact in distribution up to
 * the 2^-55 resolution of h.
 */
final class Ziggurat {

  static final int LAYER_MASK = 127;
  static final int SHIFT = 8;
  /** r, the right edge of the base layer; beyond it the tail method samples. */
  static final double R = 3.442619855899;
  private static final double V = 9.91256303526217e-3;
  private static final double M = 0x1.0p55; // |h| < 2^55

  /** k_i: accept h w_i at once if |h| &lt; k_i. */
  static final long[] K = new long[128];
  /** w_i: layer i's abscissa per unit of h. */
  static final double[] W = new double[128];
  /** f_i = exp(-x_i^2 / 2) at layer i's right edge x_i. */
  private static final double[] F = new double[128];

  static {
    double dn = R;
    double tn = dn;
    double q = V / Math.exp(-0.5 * dn * dn);
    K[0] = (long) ((dn / q) * M);
    K[1] = 0;
    W[0] = q / M;
    W[127] = dn / M;
    F[0] = 1.0;
    F[127] = Math.exp(-0.5 * dn * dn);
    for (int i = 126; i >= 1; i--) {
      dn = Math.sqrt(-2.0 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
      K[i + 1] = (long) ((dn / tn) * M);
      tn = dn;
      F[i] = Math.exp(-0.5 * dn * dn);
      W[i] = dn / M;
    }
  }

  private Ziggurat() {}

  /** The rejection part for a word (h, i) that missed the fast path; draws from block b. */
  static double slow(BlockNoise noise, int b, long h, int i) {
    for (;;) {
      double x = h * W[i];
      if (i == 0) {
        double y;
        do {
          x = -Math.log(noise.nextOpenUniform(b)) / R;
          y = -Math.log(noise.nextOpenUniform(b));
        } while (y + y < x * x);
        return h > 0 ? R + x : -R - x;
      }
      if (F[i] + noise.nextOpenUniform(b) * (F[i - 1] - F[i]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      long bits = noise.nextLong(b);
      i = (int) bits & LAYER_MASK;
      h = bits >> SHIFT;
      if (Math.abs(h) < K[i]) {
        return h * W[i];
      }
    }
  }
}
