package dev.geobacter.cuda.ptx;

import dev.geobacter.metadata.MethodHashes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of this backend's own classes (the NVPTX target, the entry point, the image format), so a
 * cached cubin is never reused after a change to them; the shared lowering has its own fingerprint.
 * Where the classes cannot be read, a random value per process keeps caches from matching.
 */
final class BackendFingerprint {
  private static final String FINGERPRINT = compute();

  private BackendFingerprint() {}

  /** 16 hex digits. */
  static String get() {
    return FINGERPRINT;
  }

  private static String compute() {
    try {
      var source = BackendFingerprint.class.getProtectionDomain().getCodeSource();
      if (source == null) return unknown();
      Path location = Path.of(source.getLocation().toURI());
      MessageDigest digest = MethodHashes.sha256();
      if (Files.isDirectory(location)) {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(location)) {
          classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classes) update(digest, location.relativize(file).toString(), Files.readAllBytes(file));
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (var entry : jar.stream().filter(e -> e.getName().endsWith(".class"))
              .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList()) {
            try (InputStream in = jar.getInputStream(entry)) {
              update(digest, entry.getName(), in.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return unknown();
    }
  }

  private static void update(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digest.update(bytes);
  }

  private static String unknown() {
    return "unknown-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
