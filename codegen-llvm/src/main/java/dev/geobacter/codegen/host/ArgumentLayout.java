package dev.geobacter.codegen.host;

import dev.geobacter.codegen.JavaType;
import java.util.List;

/**
 * How kernel arguments travel to the host entry point: an array of 8-byte slots, one per
 * primitive (in the low bytes, little-endian; booleans as 0 or 1) and two per array (the data
 * pointer, then the length).
 */
final class ArgumentLayout {
  static final int SLOT_BYTES = 8;

  private final List<JavaType> parameters;
  private final int[] firstSlot;
  private final int slotCount;

  ArgumentLayout(List<JavaType> parameters) {
    this.parameters = List.copyOf(parameters);
    this.firstSlot = new int[parameters.size()];
    int slot = 0;
    for (int i = 0; i < parameters.size(); i++) {
      firstSlot[i] = slot;
      slot += parameters.get(i).isArray() ? 2 : 1;
    }
    this.slotCount = slot;
  }

  static ArgumentLayout ofDescriptor(String methodDescriptor) {
    return new ArgumentLayout(JavaType.parameterDescriptors(methodDescriptor).stream().map(JavaType::of).toList());
  }

  List<JavaType> parameters() {
    return parameters;
  }

  /** Byte offset of parameter {@code index}'s first slot. */
  long offset(int index) {
    return (long) firstSlot[index] * SLOT_BYTES;
  }

  long bytes() {
    return Math.max(1, slotCount) * (long) SLOT_BYTES;
  }
}
