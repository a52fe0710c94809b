/**
 * Not API: helpers of the verification kit.
 */
package io.github.rider.verification.internal;
