package dev.geobacter.cli;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.Jars;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** Jars compiled with the plugin (through the shared testkit), and copies of jars with one entry added. */
final class TestJars {
  private TestJars() {}

  /** Compiles {@code compilation} into {@code <name>-classes} under {@code root} and jars it as {@code <name>.jar}. */
  static Path compile(Path root, String name, InProcessJavac compilation) throws IOException {
    Path classes = compilation.compileInto(root.resolve(name + "-classes")).requireSuccess().output();
    return Jars.fromDirectory(classes, root.resolve(name + ".jar"));
  }

  /** A copy of {@code jar} at {@code target} with one more entry, {@code name}, holding {@code bytes}. */
  static Path withExtraEntry(Path jar, String name, byte[] bytes, Path target) throws IOException {
    try (JarFile in = new JarFile(jar.toFile());
        OutputStream out = Files.newOutputStream(target);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (JarEntry entry : in.stream().toList()) {
        try (InputStream entryIn = in.getInputStream(entry)) {
          jarOut.putNextEntry(new JarEntry(entry.getName()));
          jarOut.write(entryIn.readAllBytes());
          jarOut.closeEntry();
        }
      }
      jarOut.putNextEntry(new JarEntry(name));
      jarOut.write(bytes);
      jarOut.closeEntry();
    }
    return target;
  }
}
