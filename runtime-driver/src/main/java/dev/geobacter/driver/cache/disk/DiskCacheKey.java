package dev.geobacter.driver.cache.disk;

import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.spi.KernelGraph;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a compiled kernel depends on, in full: the kernel's code ({@link KernelGraph#hashHex()}), the
 * target it was compiled for (e.g. {@code "x86_64-linux/znver3"}, {@code "sm_90"}), the options that
 * change the generated code, and the compiler that made it (e.g. the project version and the LLVM
 * version). Two keys are equal only if all four are; an entry is stored under a hash of the whole
 * key and records the key itself, so a reader never takes code compiled for another key.
 */
public record DiskCacheKey(String graphHash, String target, String options, String compilerVersion) {
  /** Entries are named {@code <SHA-256 of the encoded key>.gbk}. */
  static final String EXTENSION = ".gbk";
  /** Longest key component accepted, in UTF-8 bytes: keys are identifiers, not payloads. */
  static final int MAX_COMPONENT_BYTES = 4096;

  public DiskCacheKey {
    requireText(graphHash, "graphHash");
    requireText(target, "target");
    Objects.requireNonNull(options, "options");
    requireText(compilerVersion, "compilerVersion");
    for (String part : new String[] {graphHash, target, options, compilerVersion}) {
      if (part.getBytes(StandardCharsets.UTF_8).length > MAX_COMPONENT_BYTES) {
        throw new IllegalArgumentException("a cache key component is longer than " + MAX_COMPONENT_BYTES
            + " bytes: " + part.substring(0, 40) + "...");
      }
    }
  }

  /** The key of {@code graph} compiled for {@code target} with {@code options} by {@code compilerVersion}. */
  public static DiskCacheKey of(KernelGraph graph, String target, String options, String compilerVersion) {
    return new DiskCacheKey(graph.hashHex(), target, options, compilerVersion);
  }

  /** The entry's file name: the hex SHA-256 of {@link #encoded()} and {@value #EXTENSION}. */
  public String fileName() {
    return HexFormat.of().formatHex(MethodHashes.sha256().digest(encoded())) + EXTENSION;
  }

  /** The four components, each as a big-endian u32 length and UTF-8 bytes: no two keys encode alike. */
  byte[] encoded() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : new String[] {graphHash, target, options, compilerVersion}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  /** The key {@link #encoded()} wrote into {@code bytes}; every byte must belong to it. */
  static DiskCacheKey decode(byte[] bytes) throws RejectedEntryException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      DiskCacheKey key = new DiskCacheKey(readString(in), readString(in), readString(in), readString(in));
      if (in.hasRemaining()) throw new RejectedEntryException("its recorded key has " + in.remaining() + " extra bytes");
      return key;
    } catch (BufferUnderflowException e) {
      throw new RejectedEntryException("its recorded key is truncated");
    } catch (IllegalArgumentException e) {
      throw new RejectedEntryException("its recorded key is invalid (" + e.getMessage() + ")");
    }
  }

  private static String readString(ByteBuffer in) throws RejectedEntryException {
    int length = in.getInt();
    if (length < 0 || length > MAX_COMPONENT_BYTES || length > in.remaining()) {
      throw new RejectedEntryException("its recorded key has a component of impossible length " + length);
    }
    ByteBuffer slice = in.slice(in.position(), length);
    in.position(in.position() + length);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
    } catch (CharacterCodingException e) {
      throw new RejectedEntryException("its recorded key is not valid UTF-8");
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) throw new IllegalArgumentException("the cache key's " + name + " is blank");
  }

  /** {@code graph 3f2a9c0d1e7b for sm_90, options "O3", compiler "geobacter 0.1.0/LLVM 20.1.7"}. */
  @Override
  public String toString() {
    return "graph " + graphHash.substring(0, Math.min(12, graphHash.length())) + " for " + target + ", options \""
        + options + "\", compiler \"" + compilerVersion + "\"";
  }
}
