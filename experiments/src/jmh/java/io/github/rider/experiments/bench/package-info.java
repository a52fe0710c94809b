/**
 * JMH benchmarks of the hot paths (BENCHMARKS.md), compiled only under the Maven
 * profile {@code bench}: {@code mvn -Pbench -DskipTests package}, then
 * {@code java -jar experiments/target/benchmarks.jar}. Workloads W1 (cyclic zero-shifting of a
 * device array, element-pulses/s), W2 (one rank-1 pulsed tile update, time per sample), W3 (FCN
 * training on MNIST, samples/s per algorithm), W4 (LeNet-5 training on MNIST, samples/s), the
 * Gaussian floor loop of W1, tile
 * forward/backward and the mean-field update. Their small fixed-seed twins are pinned by
 * checksum tests in device-model and algorithms ({@code ...checksum}).
 */
package io.github.rider.experiments.bench;
