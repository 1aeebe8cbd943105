package dev.geobacter.driver.respool;

import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.spi.KernelMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The identity of a kernel's code: SHA-256 over the schema version and, for every reachable method
 * in the checker's order, its owner, name, descriptor and content hash. Strings are length-prefixed
 * so no two different graphs can serialize to the same bytes.
 */
final class GraphHash {
  private GraphHash() {}

  static byte[] of(List<KernelMethod> methods) {
    MessageDigest digest = MethodHashes.sha256();
    putInt(digest, SidecarFormat.SCHEMA_VERSION);
    putInt(digest, methods.size());
    for (KernelMethod method : methods) {
      putString(digest, method.info().getOwner());
      putString(digest, method.info().getName());
      putString(digest, method.info().getDesc());
      byte[] content = method.info().getContentHash().toByteArray();
      putInt(digest, content.length);
      digest.update(content);
    }
    return digest.digest();
  }

  private static void putString(MessageDigest digest, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    putInt(digest, bytes.length);
    digest.update(bytes);
  }

  private static void putInt(MessageDigest digest, int value) {
    digest.update(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
  }
}
