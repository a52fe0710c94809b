/**
 * The paper's algorithms on vectors (arXiv 2602.21321, Algorithms 1-4; docs/algorithms.md): {@link
 * io.github.rider.algorithms.ZeroShifting} (Algorithm 1), {@link
 * io.github.rider.algorithms.DigitalSgd}, {@link io.github.rider.algorithms.AnalogSgd} (eq. 2),
 * {@link io.github.rider.algorithms.ResidualLearning} (Wu et al. 2025), {@link
 * io.github.rider.algorithms.TwoStageResidualLearning} (Algorithm 4), {@link
 * io.github.rider.algorithms.Rider} (Algorithm 2) and {@link io.github.rider.algorithms.ERider}
 * (Algorithm 3), all run through {@link io.github.rider.algorithms.TrainingAlgorithm#run} on any
 * {@link io.github.rider.algorithms.array.AnalogArray} (mean-field or pulsed).
 *
 * <p>Documented choices:
 * <ul>
 *   <li>E_K (eq. 14) uses unit weights: (1/K) sum_{k&lt;K} (||W_k - W*||^2 + ||P_k - Q_k||^2 +
 *       ||G_p(P_k)||^2), evaluated at every iterate; terms an algorithm does not have (no P/Q in
 *       digital and Analog SGD) count 0 and are reported as NaN in {@link
 *       io.github.rider.algorithms.Metrics}.
 *   <li>E-RIDER's [I] choices are {@link io.github.rider.algorithms.ERiderOptions}; the default
 *       is the practical form (Q-tilde in W-bar and in (18b), chopped transfer). Unchopped
 *       transfer fails to converge in setup A (tested). With p = 0 and digital references
 *       E-RIDER is RIDER bit for bit (tested).
 *   <li>Q-tilde is a separate analog store that is only read and programmed, never pulsed;
 *       programming writes Q plus optional Gaussian write noise (default exact) and counts D
 *       element writes per chopper flip.
 *   <li>Pulse accounting ({@link io.github.rider.algorithms.PulseCounts}): per element and per
 *       array cycle, calibration and training separately, and the paper's nominal
 *       iterations x BL; initial states are not counted as programming.
 *   <li>Randomness: gradient samples from {@code GRADIENT_NOISE}, chopper from {@code CHOPPER},
 *       Q-tilde write noise from {@code WRITE_NOISE}, ZS signs from {@link
 *       io.github.rider.algorithms.Streams#ZERO_SHIFTING}; same seed, same result, bit for bit.
 * </ul>
 */
package io.github.rider.algorithms;
