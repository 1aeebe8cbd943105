package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in process with javac and the plugin ({@code -Xplugin:Geobacter}, loaded from
 * the test class path like a user's processor path), into a fresh output directory.
 */
final class Compilation {
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> extraOptions = new ArrayList<>();

  /** {@code path} like {@code app/Kernels.java}. */
  Compilation source(String path, String text) {
    sources.put(path, text);
    return this;
  }

  Compilation option(String option) {
    extraOptions.add(option);
    return this;
  }

  Map<String, String> sources() {
    return sources;
  }

  Result compile() {
    try {
      return compileInto(Files.createTempDirectory(Files.createDirectories(Path.of("target", "compilations")), "javac-test"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result compileInto(Path output) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new SourceText(path, text)));
    String classPath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-classpath", classPath,
        "-processorpath", classPath, "-Xplugin:" + GeobacterPlugin.NAME, "-XDaccessInternalAPI",
        "-Xlint:-options", "-proc:none"));
    options.addAll(extraOptions);
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean success = javac.getTask(log, files, diagnostics, options, null, units).call();
      return new Result(success, diagnostics.getDiagnostics(), output, log.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a compilation produced. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output, String log) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
    }

    String describeDiagnostics() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
              + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(null))
          .collect(Collectors.joining("\n")) + log;
    }

    Result assertClean() {
      assertTrue(success && diagnostics.isEmpty(), () -> "expected a clean compilation, got:\n" + describeDiagnostics());
      return this;
    }

    Path sidecarPath(String topLevelBinaryName) {
      return output.resolve(SidecarFormat.resourcePath(topLevelBinaryName));
    }

    ClassSidecar sidecar(String topLevelBinaryName) {
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
    MethodInfo method(String topLevel, String name) {
      List<MethodInfo> found = sidecar(topLevel).getMethodsList().stream()
          .filter(m -> m.getName().equals(name)).collect(Collectors.toList());
      if (found.size() != 1) fail("expected one method " + name + " in " + topLevel + ", found " + found.size());
      return found.get(0);
    }
  }

  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
