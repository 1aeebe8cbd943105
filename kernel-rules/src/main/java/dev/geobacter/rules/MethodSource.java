package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;

/**
 * Where the checker finds the bodies of the methods a kernel calls. {@link KernelRules#check} asks
 * at most once per method and never for an {@linkplain Intrinsics intrinsic}; it must not return null.
 */
@FunctionalInterface
public interface MethodSource {
  Resolution resolve(MethodRef method);
}
