package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodInfo;

/** What a {@link MethodSource} knows of a called method. */
public sealed interface Resolution {
  /** The typed tree of the method; {@code origin} names where it came from (a jar, a directory, a source file). */
  record Found(MethodInfo method, String sourceFile, String origin) implements Resolution {}

  /** Declared, but without a body (abstract, native, an interface method). */
  record NoBody(String detail) implements Resolution {}

  /** Not checkable now and not an error yet: the javac plugin's view of classes from other jars. */
  record Elsewhere() implements Resolution {}

  /** Needed but unavailable, e.g. a class without a sidecar; {@code detail} says what to do. */
  record Missing(String detail) implements Resolution {}
}
