package dev.geobacter.javac;

/** Thrown while serializing a method body that nests deeper than the sidecar format allows. */
final class TooDeepException extends RuntimeException {
  TooDeepException() {
    super("method body nests too deeply", null, false, false);
  }
}
