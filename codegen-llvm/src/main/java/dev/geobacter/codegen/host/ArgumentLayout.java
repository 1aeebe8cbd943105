package dev.geobacter.codegen.host;

import dev.geobacter.codegen.JavaType;
import java.util.List;

/**
 * How kernel arguments travel to the host entry point: an array of 8-byte slots, one per
 * parameter (in the low bytes, little-endian; booleans as 0 or 1; for an array, its length). The
 * arrays' data pointers are not in the block but trailing arguments of the entry point, in
 * parameter order: a Java array passed in place has an address only for the duration of one call.
 */
final class ArgumentLayout {
  static final int SLOT_BYTES = 8;

  private final List<JavaType> parameters;
  /** For each parameter, its position among the array parameters, or -1. */
  private final int[] arrayOrdinal;
  private final int arrayCount;

  ArgumentLayout(List<JavaType> parameters) {
    this.parameters = List.copyOf(parameters);
    this.arrayOrdinal = new int[parameters.size()];
    int arrays = 0;
    for (int i = 0; i < parameters.size(); i++) {
      arrayOrdinal[i] = parameters.get(i).isArray() ? arrays++ : -1;
    }
    this.arrayCount = arrays;
  }

  static ArgumentLayout ofDescriptor(String methodDescriptor) {
    return new ArgumentLayout(JavaType.parameterDescriptors(methodDescriptor).stream().map(JavaType::of).toList());
  }

  List<JavaType> parameters() {
    return parameters;
  }

  /** Byte offset of parameter {@code index}'s slot. */
  long offset(int index) {
    return (long) index * SLOT_BYTES;
  }

  /** How many array parameters the kernel has: the entry point's trailing pointer arguments. */
  int arrayCount() {
    return arrayCount;
  }

  /** Which trailing pointer argument carries array parameter {@code index}'s data. */
  int arrayOrdinal(int index) {
    if (arrayOrdinal[index] < 0) throw new IllegalArgumentException("parameter " + index + " is not an array");
    return arrayOrdinal[index];
  }

  long bytes() {
    return Math.max(1, parameters.size()) * (long) SLOT_BYTES;
  }
}
