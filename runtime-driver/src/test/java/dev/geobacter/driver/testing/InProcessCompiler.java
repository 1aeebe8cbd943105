package dev.geobacter.driver.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in process, with or without the Geobacter plugin, the way a user's build
 * would: the plugin and its dependencies come from this test's class path (javac-plugin is a test
 * dependency), so the processor path is the test class path.
 */
public final class InProcessCompiler {
  private InProcessCompiler() {}

  /**
   * Compiles {@code sources} (path relative to the source root, e.g. {@code "lib/Helpers.java"},
   * to source text) into {@code out}. {@code classPath} comes before the test class path.
   */
  public static void compile(Map<String, String> sources, Path out, List<Path> classPath, boolean withPlugin)
      throws IOException {
    Path sourceRoot = Files.createTempDirectory(out.getParent(), "src");
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    Files.createDirectories(out);
    String testClassPath = System.getProperty("java.class.path");
    StringBuilder cp = new StringBuilder();
    for (Path entry : classPath) cp.append(entry).append(File.pathSeparator);
    cp.append(testClassPath);
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", cp.toString()));
    if (withPlugin) {
      options.addAll(List.of("-processorpath", testClassPath, "-Xplugin:Geobacter", "-XDaccessInternalAPI"));
    } else {
      options.add("-proc:none");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      Boolean ok = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromFiles(files)).call();
      if (!ok) {
        StringBuilder text = new StringBuilder("test sources failed to compile:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          text.append('\n').append(d);
        }
        throw new AssertionError(text.toString());
      }
    }
  }
}
