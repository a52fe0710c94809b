package io.github.rider.experiments.data;

import java.io.IOException;

/** A file that is not a valid IDX file, or an IDX set whose files do not fit together. */
public final class IdxFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An error whose message names the file and the problem. */
  public IdxFormatException(String message) {
    super(message);
  }
}
