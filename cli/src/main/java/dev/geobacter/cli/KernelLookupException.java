package dev.geobacter.cli;

/** The kernel named on the command line cannot be found; the message says why and what to do. */
final class KernelLookupException extends Exception {
  KernelLookupException(String message) {
    super(message);
  }
}
