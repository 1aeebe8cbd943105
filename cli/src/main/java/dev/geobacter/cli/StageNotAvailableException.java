package dev.geobacter.cli;

/** A stage or target that the code generator of this build does not provide. */
final class StageNotAvailableException extends Exception {
  StageNotAvailableException(String message) {
    super(message);
  }
}
