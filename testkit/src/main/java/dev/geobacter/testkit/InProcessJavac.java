package dev.geobacter.testkit;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in process the way a user's build does: javac with {@code -Xplugin:Geobacter}, the
 * plugin found on the processor path, which is the current class path (the caller has javac-plugin on
 * it). Output goes to a directory of its own, by default a fresh one under {@code target/compilations}.
 */
public final class InProcessJavac {
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<Path> classPath = new ArrayList<>();
  private final List<String> options = new ArrayList<>();
  private boolean plugin = true;

  /** {@code path} like {@code app/Kernels.java}. */
  public InProcessJavac source(String path, String text) {
    sources.put(path, text);
    return this;
  }

  public InProcessJavac sources(Map<String, String> pathToText) {
    sources.putAll(pathToText);
    return this;
  }

  /** Entries searched before the current class path (a library jar, say). */
  public InProcessJavac classPath(Path... entries) {
    classPath.addAll(List.of(entries));
    return this;
  }

  public InProcessJavac option(String... extra) {
    options.addAll(List.of(extra));
    return this;
  }

  /** Compile as a build that forgot the plugin does. */
  public InProcessJavac withoutPlugin() {
    plugin = false;
    return this;
  }

  public Map<String, String> sources() {
    return sources;
  }

  /** Compiles into a fresh directory under {@code target/compilations}. */
  public CompilationResult compile() {
    try {
      return compileInto(Files.createTempDirectory(Files.createDirectories(Path.of("target", "compilations")), "javac"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CompilationResult compileInto(Path output) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new SourceText(path, text)));
    String currentClassPath = System.getProperty("java.class.path");
    StringBuilder fullClassPath = new StringBuilder();
    for (Path entry : classPath) fullClassPath.append(entry).append(File.pathSeparator);
    fullClassPath.append(currentClassPath);
    List<String> all = new ArrayList<>(List.of("-d", output.toString(), "-classpath", fullClassPath.toString(),
        "-Xlint:-options", "-g"));
    if (plugin) {
      all.addAll(List.of("-processorpath", currentClassPath, "-Xplugin:Geobacter", "-XDaccessInternalAPI", "-proc:none"));
    } else {
      all.add("-proc:none");
    }
    all.addAll(options);
    StringWriter log = new StringWriter();
    try {
      Files.createDirectories(output);
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        boolean success = javac.getTask(log, files, diagnostics, all, null, units).call();
        return new CompilationResult(success, diagnostics.getDiagnostics(), output, log.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
