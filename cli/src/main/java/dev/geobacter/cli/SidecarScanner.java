package dev.geobacter.cli;

import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds every sidecar ({@code META-INF/geobacter/**.gbm}) in a jar or a class output directory, in
 * path order, and checks each. Sidecars are untrusted input; reading is bounded by
 * {@link SidecarFormat}.
 */
final class SidecarScanner {
  private SidecarScanner() {}

  /** @throws IOException if {@code archive} itself cannot be read (missing, not a jar, ...) */
  static List<ScannedSidecar> scan(Path archive) throws IOException {
    return Files.isDirectory(archive) ? scanDirectory(archive) : scanJar(archive);
  }

  private static List<ScannedSidecar> scanJar(Path jar) throws IOException {
    List<ScannedSidecar> found = new ArrayList<>();
    // URL form (file:/x), as the driver names sidecars it reads through class loaders.
    String jarUrl = "jar:" + jar.toAbsolutePath().toUri().toURL() + "!/";
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries = zip.stream().filter(entry -> !entry.isDirectory())
          .filter(entry -> isSidecarPath(entry.getName())).sorted(Comparator.comparing(ZipEntry::getName)).toList();
      for (ZipEntry entry : entries) {
        String origin = jarUrl + entry.getName();
        try (InputStream in = zip.getInputStream(entry)) {
          found.add(SidecarChecks.check(entry.getName(), origin, in));
        } catch (IOException e) {
          found.add(unreadable(entry.getName(), origin, e));
        }
      }
    }
    return found;
  }

  private static List<ScannedSidecar> scanDirectory(Path classes) throws IOException {
    Path sidecarRoot = classes.resolve(SidecarFormat.RESOURCE_DIR);
    if (!Files.isDirectory(sidecarRoot)) return List.of();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sidecarRoot)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<ScannedSidecar> found = new ArrayList<>();
    for (Path file : files) {
      String resourcePath = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      if (!isSidecarPath(resourcePath)) continue;
      String origin = file.toAbsolutePath().toUri().toURL().toString();
      try (InputStream in = Files.newInputStream(file)) {
        found.add(SidecarChecks.check(resourcePath, origin, in));
      } catch (IOException e) {
        found.add(unreadable(resourcePath, origin, e));
      }
    }
    return found;
  }

  private static ScannedSidecar unreadable(String resourcePath, String origin, IOException e) {
    return new ScannedSidecar.Invalid(resourcePath, origin, new SidecarException(SidecarException.Reason.UNREADABLE,
        origin, String.valueOf(e)).getMessage());
  }

  private static boolean isSidecarPath(String name) {
    return name.startsWith(SidecarFormat.RESOURCE_DIR) && name.endsWith(SidecarFormat.EXTENSION);
  }
}
