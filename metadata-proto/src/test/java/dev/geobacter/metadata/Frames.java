package dev.geobacter.metadata;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/** Hand-made sidecar files: any header fields, any payload, a correct or chosen checksum. */
final class Frames {
  private Frames() {}

  /** A file with a valid magic and checksum around {@code payload}, claiming {@code version}. */
  static byte[] frame(int version, byte[] payload) {
    return frame(version, payload.length, crc(payload), payload);
  }

  static byte[] frame(int version, int length, int crc, byte[] payload) {
    return ByteBuffer.allocate(16 + payload.length).put(new byte[] {'G', 'B', 'M', 0}).putInt(version)
        .putInt(length).putInt(crc).put(payload).array();
  }

  static int crc(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    return (int) crc.getValue();
  }

  /** The payload of a framed file. */
  static byte[] payload(byte[] file) {
    byte[] payload = new byte[file.length - 16];
    System.arraycopy(file, 16, payload, 0, payload.length);
    return payload;
  }
}
