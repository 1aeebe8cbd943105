package dev.geobacter.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds jars from class output directories and derives jars with one entry changed. */
public final class Jars {
  private Jars() {}

  public static Path fromDirectory(Path classes, Path jar) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Path file : files) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
      }
    }
    return jar;
  }

  /** A copy of {@code jar} at {@code target} with entry {@code name} replaced by {@code change} of its bytes. */
  public static Path withEntryChanged(Path jar, String name, UnaryOperator<byte[]> change, Path target)
      throws IOException {
    boolean found = false;
    try (JarFile in = new JarFile(jar.toFile());
        OutputStream out = Files.newOutputStream(target);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (JarEntry entry : in.stream().toList()) {
        byte[] bytes;
        try (InputStream entryIn = in.getInputStream(entry)) {
          bytes = entryIn.readAllBytes();
        }
        if (entry.getName().equals(name)) {
          bytes = change.apply(bytes);
          found = true;
        }
        jarOut.putNextEntry(new JarEntry(entry.getName()));
        jarOut.write(bytes);
        jarOut.closeEntry();
      }
    }
    if (!found) throw new AssertionError(jar + " has no entry " + name);
    return target;
  }

  public static byte[] entry(Path jar, String name) throws IOException {
    try (JarFile in = new JarFile(jar.toFile())) {
      JarEntry entry = in.getJarEntry(name);
      if (entry == null) throw new AssertionError(jar + " has no entry " + name);
      try (InputStream entryIn = in.getInputStream(entry)) {
        return entryIn.readAllBytes();
      }
    }
  }
}
