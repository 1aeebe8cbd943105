package dev.geobacter.cuda.launch;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.cuda.driver.DeviceBuffer;

/**
 * The device copy of one resident Java array. {@code buffer} is null for an empty array (launches
 * pass a null pointer, as for any empty array). {@link #written} is set by every launch whose
 * kernel may write the array and cleared when the array is copied back.
 */
final class ResidentBuffer {
  final Object array;
  final JavaType.Kind element;
  final long bytes;
  final DeviceBuffer buffer;
  volatile boolean written;

  ResidentBuffer(Object array, JavaType.Kind element, long bytes, DeviceBuffer buffer) {
    this.array = array;
    this.element = element;
    this.bytes = bytes;
    this.buffer = buffer;
  }

  long address() {
    return buffer == null ? 0 : buffer.address();
  }
}
