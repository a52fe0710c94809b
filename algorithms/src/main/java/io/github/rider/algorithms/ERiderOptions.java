package io.github.rider.algorithms;

/**
 * The [I] (inferred) choices of E-RIDER's updates (18a)/(18b), whose displays are not printed in
 * the available text (Algorithm 3; the paper does not print (18a)/(18b)).
 *
 * @param chopTransfer         whether the chopper sign multiplies the transfer term of (18b),
 *                             W += beta c_k (P_{k+1} - R) (true, the c-TTv2 convention: P
 *                             accumulates -alpha c_k g, so c_k recovers the sign) or
 *                             W += beta (P_{k+1} - R) (false)
 * @param mixedReference       R in the mixed weight W-bar = W + gamma c_k (P_k - R)
 * @param transferReference    R in (18b)
 * @param qTildeWriteNoise     std of the Gaussian write noise when Q-tilde is programmed from Q
 *                             (0 = exact programming), &gt;= 0
 */
public record ERiderOptions(boolean chopTransfer, Reference mixedReference,
    Reference transferReference, double qTildeWriteNoise) {

  /** Which copy of Q a formula reads. */
  public enum Reference {
    /** The digital EMA Q_k itself (as in RIDER; no programming needed). */
    DIGITAL_Q,
    /** The analog copy Q-tilde_k, reprogrammed from Q only when the chopper flips. */
    ANALOG_Q_TILDE
  }

  public ERiderOptions {
    if (mixedReference == null || transferReference == null) {
      throw new IllegalArgumentException("references must not be null");
    }
    if (!(qTildeWriteNoise >= 0) || Double.isInfinite(qTildeWriteNoise)) {
      throw new IllegalArgumentException(
          "qTildeWriteNoise must be finite and >= 0, was " + qTildeWriteNoise);
    }
  }

  /**
   * The practical algorithm of the paper (Algorithm 3, arXiv 2602.21321): chopped transfer, both
   * the mixed weight and (18b) read the analog Q-tilde, exact programming.
   */
  public static ERiderOptions defaults() {
    return new ERiderOptions(true, Reference.ANALOG_Q_TILDE, Reference.ANALOG_Q_TILDE, 0);
  }

  /**
   * Both formulas read the digital Q_k: with p = 0 this is exactly RIDER (Algorithm 2), the
   * paper's "RIDER is E-RIDER with p = 0".
   */
  public static ERiderOptions digitalReference() {
    return new ERiderOptions(true, Reference.DIGITAL_Q, Reference.DIGITAL_Q, 0);
  }

  /** Whether any formula reads Q-tilde (so that it must be stored and programmed). */
  public boolean usesQTilde() {
    return mixedReference == Reference.ANALOG_Q_TILDE
        || transferReference == Reference.ANALOG_Q_TILDE;
  }

  public ERiderOptions withChopTransfer(boolean v) {
    return new ERiderOptions(v, mixedReference, transferReference, qTildeWriteNoise);
  }

  public ERiderOptions withMixedReference(Reference v) {
    return new ERiderOptions(chopTransfer, v, transferReference, qTildeWriteNoise);
  }

  public ERiderOptions withTransferReference(Reference v) {
    return new ERiderOptions(chopTransfer, mixedReference, v, qTildeWriteNoise);
  }

  public ERiderOptions withQTildeWriteNoise(double v) {
    return new ERiderOptions(chopTransfer, mixedReference, transferReference, v);
  }
}
