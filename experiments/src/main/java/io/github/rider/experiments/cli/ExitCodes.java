package io.github.rider.experiments.cli;

/**
 * Exit statuses of the rider command line (documented in README.md and experiments/README.md).
 * 0 success; 1 internal error (a bug, please report); 2 a user mistake (bad option, value,
 * file, format, path, or a size too large for memory); 3 a single run diverged; 4 a merge
 * left experiments incomplete; 5 a verification check failed (verify, verify-device).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USER = 2;
  static final int DIVERGED = 3;
  static final int INCOMPLETE = 4;
  static final int CHECK_FAILED = 5;

  private ExitCodes() {}
}
