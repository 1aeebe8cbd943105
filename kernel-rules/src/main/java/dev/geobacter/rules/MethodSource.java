package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;

/** Where the checker finds the bodies of the methods a kernel calls. */
@FunctionalInterface
public interface MethodSource {
  Resolution resolve(MethodRef method);
}
