package dev.geobacter.codegen;

import dev.geobacter.metadata.MethodHashes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Identifies this build of the code generator by a hash of its class files, so cached machine
 * code is never reused across a change to the lowering (a version number would be forgotten in
 * development). Where the classes cannot be read, a random value per process keeps caches from
 * ever matching.
 */
public final class CodegenFingerprint {
  private static final String FINGERPRINT = compute();

  private CodegenFingerprint() {}

  /** 16 hex digits. */
  public static String get() {
    return FINGERPRINT;
  }

  private static String compute() {
    try {
      var source = CodegenFingerprint.class.getProtectionDomain().getCodeSource();
      if (source == null) return unknown();
      Path location = Path.of(source.getLocation().toURI());
      MessageDigest digest = MethodHashes.sha256();
      if (Files.isDirectory(location)) hashDirectory(location, digest);
      else hashJar(location, digest);
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return unknown();
    }
  }

  private static void hashDirectory(Path root, MessageDigest digest) throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classes) {
      digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(file));
    }
  }

  private static void hashJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> classes = file.stream().filter(e -> e.getName().endsWith(".class"))
          .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
      for (JarEntry entry : classes) {
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(entry)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }

  private static String unknown() {
    return "unknown-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
