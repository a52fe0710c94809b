/**
 * The property suites: one class per result of the paper, each returning a
 * {@link io.github.rider.verification.properties.PropertyResult} (tries, tightness, verdict) and each rejecting its
 * deliberately broken variants ({@link io.github.rider.verification.properties.Mutation}).
 */
package io.github.rider.verification.properties;
