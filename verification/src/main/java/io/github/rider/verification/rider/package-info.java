/**
 * Mean-field RIDER (Algorithm 2), written independently of the algorithms module, the oracle of Theorem 3.7.
 */
package io.github.rider.verification.rider;
