package dev.geobacter.cuda.driver;

import com.sun.jna.Memory;
import java.nio.charset.StandardCharsets;

/** Code for the driver in native memory: PTX text (NUL-terminated, as the driver requires) or a cubin. */
final class JitImage {
  private final Memory memory;
  private final long size;

  private JitImage(byte[] bytes, boolean terminate) {
    this.size = bytes.length + (terminate ? 1 : 0);
    this.memory = new Memory(Math.max(1, size));
    memory.write(0, bytes, 0, bytes.length);
    if (terminate) memory.setByte(bytes.length, (byte) 0);
  }

  static JitImage ofText(String ptx) {
    return new JitImage(ptx.getBytes(StandardCharsets.UTF_8), true);
  }

  static JitImage ofBinary(byte[] cubin) {
    if (cubin.length == 0) throw new IllegalArgumentException("an empty cubin");
    return new JitImage(cubin, false);
  }

  Memory memory() {
    return memory;
  }

  /** Bytes, including the terminating NUL of text. */
  long size() {
    return size;
  }
}
