package dev.geobacter.driver.cache.disk;

import dev.geobacter.metadata.MethodHashes;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The bytes of one cache entry: {@code "GBK\0"}, the format version, the full key, the SHA-256 of
 * the payload, the payload length (big-endian u32 each, the key length-prefixed) and the payload.
 * Decoding checks every field, so a truncated, padded or altered entry is rejected, never loaded.
 */
final class EntryFormat {
  static final int VERSION = 1;
  /** Largest payload stored or loaded: compiled kernels are kilobytes to a few megabytes. */
  static final int MAX_PAYLOAD = 256 << 20;

  private static final byte[] MAGIC = {'G', 'B', 'K', 0};
  private static final int SHA256_BYTES = 32;
  /** Magic, version, key length, digest, payload length: everything but the key and payload. */
  private static final int FIXED_BYTES = 4 + 4 + 4 + SHA256_BYTES + 4;
  /** Largest entry accepted when reading: four key components, the fixed fields and the payload. */
  static final long MAX_ENTRY = FIXED_BYTES + 4L * (4 + DiskCacheKey.MAX_COMPONENT_BYTES) + MAX_PAYLOAD;

  /** A decoded entry: the key it was stored under and its verified payload. */
  record Entry(DiskCacheKey key, byte[] payload) {}

  private EntryFormat() {}

  static byte[] encode(DiskCacheKey key, byte[] payload) {
    if (payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException("a cache payload of " + payload.length + " bytes exceeds the limit of "
          + MAX_PAYLOAD + " bytes");
    }
    byte[] keyBytes = key.encoded();
    ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + keyBytes.length + payload.length);
    out.put(MAGIC).putInt(VERSION).putInt(keyBytes.length).put(keyBytes);
    out.put(MethodHashes.sha256().digest(payload)).putInt(payload.length).put(payload);
    return out.array();
  }

  static Entry decode(byte[] bytes) throws RejectedEntryException {
    if (bytes.length < FIXED_BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new RejectedEntryException("it is not a Geobacter cache entry (bad header)");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
    int version = in.getInt();
    if (version != VERSION) {
      throw new RejectedEntryException("it has entry format version " + Integer.toUnsignedString(version)
          + ", this driver writes version " + VERSION);
    }
    int keyLength = in.getInt();
    if (keyLength < 0 || keyLength > bytes.length - FIXED_BYTES) {
      throw new RejectedEntryException("it is truncated (key of " + Integer.toUnsignedString(keyLength) + " bytes)");
    }
    byte[] keyBytes = new byte[keyLength];
    in.get(keyBytes);
    DiskCacheKey key = DiskCacheKey.decode(keyBytes);
    byte[] recordedDigest = new byte[SHA256_BYTES];
    in.get(recordedDigest);
    int payloadLength = in.getInt();
    if (payloadLength != in.remaining()) {
      throw new RejectedEntryException("it records " + Integer.toUnsignedString(payloadLength)
          + " payload bytes but holds " + in.remaining() + " (truncated or padded)");
    }
    byte[] payload = new byte[payloadLength];
    in.get(payload);
    if (!MessageDigest.isEqual(recordedDigest, MethodHashes.sha256().digest(payload))) {
      throw new RejectedEntryException("its payload does not match its recorded SHA-256 (corrupt)");
    }
    return new Entry(key, payload);
  }
}
