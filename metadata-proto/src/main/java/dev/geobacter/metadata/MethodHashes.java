package dev.geobacter.metadata;

import com.google.protobuf.ByteString;
import dev.geobacter.metadata.proto.MethodInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of methods: SHA-256 over the method serialized without its hash field. */
public final class MethodHashes {
  private MethodHashes() {}

  public static ByteString compute(MethodInfo method) {
    return ByteString.copyFrom(sha256().digest(method.toBuilder().clearContentHash().build().toByteArray()));
  }

  /** The method with its content hash filled in. */
  public static MethodInfo withHash(MethodInfo method) {
    return method.toBuilder().setContentHash(compute(method)).build();
  }

  /** Whether the recorded hash matches the content. */
  public static boolean verify(MethodInfo method) {
    return method.getContentHash().equals(compute(method));
  }

  public static String hex(ByteString hash) {
    return HexFormat.of().formatHex(hash.toByteArray());
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
