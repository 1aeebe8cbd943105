package dev.geobacter.spi;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.Objects;

/**
 * A method of a kernel's call graph: its typed tree, the source file it was compiled from (for
 * positions in messages and debug info) and its origin (the sidecar's URL, naming the jar).
 */
public record KernelMethod(MethodInfo info, String sourceFile, String origin) {
  public KernelMethod {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(origin, "origin");
  }

  public MethodRef ref() {
    return MethodRef.newBuilder().setOwner(info.getOwner()).setName(info.getName()).setDesc(info.getDesc()).build();
  }
}
