package dev.geobacter.cuda.driver;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * The JIT options that collect the compiler's error and info logs ({@code CU_JIT_*} numbers from
 * {@code cuda.h}), for {@code cuModuleLoadDataEx} and {@code cuLinkCreate}. The driver writes the
 * logs into our buffers and the number of bytes it wrote back into the size options. Everything is
 * in native memory that lives as long as this object: a link state keeps using the option arrays
 * until it is destroyed, so callers keep this object reachable until then.
 */
final class JitLog {
  private static final int INFO_LOG_BUFFER = 3;
  private static final int INFO_LOG_BUFFER_SIZE_BYTES = 4;
  private static final int ERROR_LOG_BUFFER = 5;
  private static final int ERROR_LOG_BUFFER_SIZE_BYTES = 6;
  private static final int LOG_VERBOSE = 12;
  private static final int LOG_BYTES = 16 * 1024;
  /** Option values are pointer-sized; this binding supports 64-bit processes only. */
  private static final int POINTER_BYTES = 8;

  private static final int[] OPTIONS = {INFO_LOG_BUFFER, INFO_LOG_BUFFER_SIZE_BYTES, ERROR_LOG_BUFFER,
      ERROR_LOG_BUFFER_SIZE_BYTES, LOG_VERBOSE};

  private final Memory options = new Memory(4L * OPTIONS.length);
  private final Memory info = new Memory(LOG_BYTES);
  private final Memory error = new Memory(LOG_BYTES);
  private final Memory values = new Memory((long) OPTIONS.length * POINTER_BYTES);

  JitLog() {
    options.write(0, OPTIONS, 0, OPTIONS.length);
    info.clear();
    error.clear();
    values.setPointer(0, info);
    values.setLong(POINTER_BYTES, LOG_BYTES);
    values.setPointer(2L * POINTER_BYTES, error);
    values.setLong(3L * POINTER_BYTES, LOG_BYTES);
    values.setLong(4L * POINTER_BYTES, 1);
  }

  int count() {
    return OPTIONS.length;
  }

  /** The {@code CUjit_option} array. */
  Pointer options() {
    return options;
  }

  Pointer values() {
    return values;
  }

  String infoLog() {
    return read(info, 1);
  }

  String errorLog() {
    return read(error, 3);
  }

  /** The log text, at most as many bytes as the driver said it wrote (it also NUL-terminates). */
  private String read(Memory buffer, int sizeOption) {
    long written = Math.min(LOG_BYTES, values.getLong((long) sizeOption * POINTER_BYTES));
    if (written <= 0) return "";
    byte[] bytes = buffer.getByteArray(0, (int) written);
    int length = 0;
    while (length < bytes.length && bytes[length] != 0) length++;
    return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8).strip();
  }
}
