package dev.geobacter.metadata;

import com.google.protobuf.CodedInputStream;
import dev.geobacter.metadata.proto.ClassSidecar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The on-disk framing of a sidecar: {@code "GBM\0"}, the schema version, the payload length and a
 * CRC32C of the payload (big-endian u32 each), then the {@link ClassSidecar} protobuf.
 *
 * <p>Sidecars are untrusted input: any jar on the class path can carry one. Reading is bounded in
 * size and nesting depth and every failure is a {@link SidecarException} naming the origin.
 */
public final class SidecarFormat {
  /** Bump on any incompatible change of metadata.proto. */
  public static final int SCHEMA_VERSION = 1;
  /** Where sidecars live inside a class output or jar. */
  public static final String RESOURCE_DIR = "META-INF/geobacter/";
  public static final String EXTENSION = ".gbm";
  /** Largest sidecar accepted, header included. */
  public static final int MAX_SIZE = 64 << 20;
  /**
   * Deepest statement/expression nesting a writer may record. Deeper method bodies are written as a
   * single {@code Unsupported(TOO_DEEP)} statement so the sidecar stays readable.
   */
  public static final int MAX_TREE_DEPTH = 200;
  /** Protobuf message nesting allowed when reading: a tree node costs two levels, plus framing. */
  static final int PROTO_RECURSION_LIMIT = 2 * MAX_TREE_DEPTH + 16;

  private static final byte[] MAGIC = {'G', 'B', 'M', 0};
  private static final int HEADER_SIZE = 16;

  private SidecarFormat() {}

  /** The resource path of the sidecar of a top-level class, e.g. {@code META-INF/geobacter/pkg/Outer.gbm}. */
  public static String resourcePath(String topLevelBinaryName) {
    return RESOURCE_DIR + topLevelBinaryName.replace('.', '/') + EXTENSION;
  }

  /** The binary name of the top-level class that declares {@code binaryName} (strips {@code $Nested}). */
  public static String topLevelOf(String binaryName) {
    int simpleStart = binaryName.lastIndexOf('.') + 1;
    int dollar = binaryName.indexOf('$', simpleStart);
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }

  public static byte[] write(ClassSidecar sidecar) {
    if (sidecar.getSchemaVersion() != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "sidecar has schema version " + sidecar.getSchemaVersion() + ", writer is " + SCHEMA_VERSION);
    }
    byte[] payload = sidecar.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(payload);
    ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + payload.length);
    out.put(MAGIC).putInt(SCHEMA_VERSION).putInt(payload.length).putInt((int) crc.getValue()).put(payload);
    return out.array();
  }

  /** Reads at most {@link #MAX_SIZE} bytes from {@code in}; {@code origin} names it in errors. */
  public static ClassSidecar read(InputStream in, String origin) throws SidecarException {
    byte[] bytes;
    try {
      bytes = readBounded(in, origin);
    } catch (IOException e) {
      throw new SidecarException(SidecarException.Reason.UNREADABLE, origin, e.getMessage(), e);
    }
    return read(bytes, origin);
  }

  public static ClassSidecar read(byte[] bytes, String origin) throws SidecarException {
    if (bytes.length > MAX_SIZE) {
      throw new SidecarException(SidecarException.Reason.TOO_LARGE, origin, "larger than " + (MAX_SIZE >> 20) + " MiB");
    }
    if (bytes.length < HEADER_SIZE || !startsWithMagic(bytes)) {
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin, "not a Geobacter sidecar (bad header)");
    }
    ByteBuffer header = ByteBuffer.wrap(bytes, 4, HEADER_SIZE - 4);
    int version = header.getInt();
    int length = header.getInt();
    int expectedCrc = header.getInt();
    if (version != SCHEMA_VERSION) {
      throw new SidecarException(SidecarException.Reason.UNKNOWN_VERSION, origin,
          "schema version " + Integer.toUnsignedString(version) + ", this driver reads version " + SCHEMA_VERSION
              + "; rebuild it with the matching javac plugin");
    }
    if (length < 0 || length != bytes.length - HEADER_SIZE) {
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin,
          "truncated: header says " + Integer.toUnsignedString(length) + " payload bytes, found "
              + (bytes.length - HEADER_SIZE));
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER_SIZE, length);
    if ((int) crc.getValue() != expectedCrc) {
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin, "checksum mismatch");
    }
    CodedInputStream coded = CodedInputStream.newInstance(bytes, HEADER_SIZE, length);
    coded.setRecursionLimit(PROTO_RECURSION_LIMIT);
    coded.setSizeLimit(MAX_SIZE);
    ClassSidecar sidecar;
    try {
      sidecar = ClassSidecar.parseFrom(coded);
      coded.checkLastTagWas(0);
    } catch (IOException e) { // InvalidProtocolBufferException included
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin, e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin, "nesting too deep", null);
    }
    if (sidecar.getSchemaVersion() != SCHEMA_VERSION) {
      throw new SidecarException(SidecarException.Reason.CORRUPT, origin,
          "payload schema version " + sidecar.getSchemaVersion() + " disagrees with the header");
    }
    return sidecar;
  }

  private static boolean startsWithMagic(byte[] bytes) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) return false;
    }
    return true;
  }

  private static byte[] readBounded(InputStream in, String origin) throws IOException, SidecarException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_SIZE) {
        throw new SidecarException(SidecarException.Reason.TOO_LARGE, origin,
            "larger than " + (MAX_SIZE >> 20) + " MiB");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
