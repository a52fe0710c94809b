/**
 * Pulse-level zero-shifting on one device (Algorithm 1, stochastic and cyclic), the oracle of the ZS theorems.
 */
package io.github.rider.verification.zs;
