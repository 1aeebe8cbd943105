package dev.geobacter.testkit;

import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** What an {@link InProcessJavac} compilation produced. */
public record CompilationResult(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output,
    String log) {

  public List<Diagnostic<? extends JavaFileObject>> errors() {
    return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
  }

  /** One line per diagnostic, {@code KIND file:line:column message}, then javac's own log. */
  public String describeDiagnostics() {
    return diagnostics.stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
            + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(null))
        .collect(Collectors.joining("\n")) + log;
  }

  /** This result, if javac succeeded; else an {@link AssertionError} listing the diagnostics. */
  public CompilationResult requireSuccess() {
    if (!success) throw new AssertionError("sources did not compile:\n" + describeDiagnostics());
    return this;
  }

  /** This result, if javac succeeded without a single diagnostic. */
  public CompilationResult requireClean() {
    if (!success || !diagnostics.isEmpty()) {
      throw new AssertionError("expected a clean compilation, got:\n" + describeDiagnostics());
    }
    return this;
  }

  public Path sidecarPath(String topLevelBinaryName) {
    return output.resolve(SidecarFormat.resourcePath(topLevelBinaryName));
  }

  public ClassSidecar sidecar(String topLevelBinaryName) {
    Path path = sidecarPath(topLevelBinaryName);
    try {
      return SidecarFormat.read(Files.readAllBytes(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("no sidecar at " + path + "\n" + describeDiagnostics(), e);
    } catch (SidecarException e) {
      throw new AssertionError(e);
    }
  }

  /** The only method named {@code name} in the sidecar of {@code topLevel}. */
  public MethodInfo method(String topLevel, String name) {
    List<MethodInfo> found = sidecar(topLevel).getMethodsList().stream()
        .filter(m -> m.getName().equals(name)).collect(Collectors.toList());
    if (found.size() != 1) {
      throw new AssertionError("expected one method " + name + " in " + topLevel + ", found " + found.size());
    }
    return found.get(0);
  }

  /** A class loader over the output (and {@code extra} entries), child of {@code parent}. */
  public URLClassLoader classLoader(ClassLoader parent, Path... extra) {
    try {
      URL[] urls = new URL[extra.length + 1];
      urls[0] = output.toUri().toURL();
      for (int i = 0; i < extra.length; i++) urls[i + 1] = extra[i].toUri().toURL();
      return new URLClassLoader(urls, parent);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
