/**
 * Closed-form results of "Dynamic Symmetric Point Tracking: Tackling Non-ideal Reference in Analog
 * In-memory Training" (arXiv 2602.21321) and of the papers it builds on, as code. Depends on
 * commons-math3 only. Every method is a pure function of its arguments; bad arguments and
 * violated theorem conditions raise {@link java.lang.IllegalArgumentException} naming the
 * parameter or condition. One class per theorem family; see the module README for the list.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Zero-shifting (ZS) bounds take the device constants ({@link
 *       io.github.rider.theory.DeviceConstants}) and, for vectors of D devices, a {@code dimension}
 *       D (default 1); e0 = ||W_0 - W*||^2 and the potential gap phi(W_0) - phi* are those of the
 *       whole vector, supplied by the caller.
 *   <li>Pulses-required methods return {@code OptionalLong}: empty when the target delta is not
 *       reachable under the theorem, 0 when the start is already within delta/2.
 *   <li>Hidden O()/Theta() constants are explicit parameters (default 1 where an overload exists).
 * </ul>
 *
 * <h2>Errata</h2>
 * Decisions on every inconsistency of the paper (and of its predecessors as rider reads them) that
 * touches a formula; each is pinned by a test in {@code ErrataTest}.
 * <ol>
 *   <li><b>E1, eq. (104), sign of the linear device's SP.</b> With tau_min &gt; 0 as in (103),
 *       q+ = q- gives w* = (a+ - a-)/(a+/tau_max + a-/tau_min); the printed "-" is AIHWKit's
 *       formula with a signed b_min = -tau_min. Code: {@code LinearDeviceConstants.symmetricPoint};
 *       printed: {@code symmetricPointAsPrintedEq104}.
 *   <li><b>E2, Theorem C.2, "N &lt;=".</b> The proof gives N &gt;= log(2 e0/delta)/(2 mu_q dw_min).
 *       Code: {@code TheoremC2ZsLastIterate.pulsesRequired} is a sufficient (lower-bound) N.
 *   <li><b>E3, Theorem C.2, "mu_g".</b> Read as mu_q &lt; 1/(2 dw_min), which makes 1 - 2 dw_min
 *       mu_q a contraction; checked.
 *   <li><b>E4, Theorem C.4, garbled "mu_q &lt; 1/(3 mu_q dw_min)".</b> Read as dw_min &lt;= 1/3
 *       (the proof uses 3 dw_min^2 mu_q &lt;= dw_min mu_q); checked, with mu_q &gt; 0 and 2 dw_min
 *       mu_q &lt; 1.
 *   <li><b>E5, Theorem C.4, contraction factor.</b> The recursion (42) contracts by (1 - dw_min
 *       mu_q)^2 per cycle, the statement iterates (1 - 2 dw_min mu_q)^{2N}. Default: the proof's
 *       factor (twice the printed cycle count); {@code Contraction.AS_PRINTED} keeps the statement.
 *       The floor is as printed in both. Both readings hold on the exact cyclic dynamics of the
 *       linear device (tested), whose true floor is O(dw_min^2).
 *   <li><b>E6, kappa1 kappa2^5 (Theorem 3.7) vs kappa2^5/kappa1 (eq. 73).</b> With alpha =
 *       c/sqrt(K) the noise term of (72) is proportional to (L/mu) q_max^6/q_min^5: it grows with
 *       kappa1, so (15) is right. Code: {@code rateOrder}; printed: {@code rateOrderAsPrintedEq73}.
 *   <li><b>E7, C* with /mu vs /sqrt(mu).</b> The interval 4 sigma^2/(C* q_min) &lt;= C_2 &lt;= mu
 *       q_min^2 C* / (8 q_max^3) is non-empty iff C* &gt;= 4 sqrt(2) sigma kappa2^{3/2}/sqrt(mu).
 *       Code: {@code cStarFeasible} uses it; {@code cStarThresholdAsPrinted} keeps the printed one.
 *   <li><b>E8, dimension factor of Theorem 2.2.</b> ||eps F - |eps| G||^2 &lt;= D dw_min^2 q_max^2
 *       for D devices; the paper drops D. Every ZS bound takes {@code dimension} D multiplying its
 *       noise term (default 1, the per-device bound), so the vector bound is the sum of device
 *       bounds.
 *   <li><b>E9, Wu et al. 2025 W^S (arXiv 2502.06309, Theorem 5).</b> The stationary point of
 *       f_Sigma is (grad^2 f + grad R Sigma)^-1 (grad^2 f W* + grad R Sigma W_sp); the minus
 *       signs as transcribed are not (the denominator can vanish). Code: {@code
 *       Wu2025ImplicitPenalty.stationaryPoint}; printed: {@code stationaryPointAsPrinted}.
 * </ol>
 * Not formula errata: the paper's "IIS" filter (Lemma 3.10) is an IIR filter; Theorem C.2's
 * additive term 2 dw_min^2 q_max^2 is looser than the dw_min^2 q_max^2 the one-step expectation
 * gives, which is kept (the bound stays valid).
 */
package io.github.rider.theory;
