package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.SidecarFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a user's build runs it: the javac launcher in its own process, the plugin on the
 * processor path, with each documented way of opening javac's internals, and without any.
 */
class CommandLineTest {
  private static final String SOURCE = """
      package cli;

      import dev.geobacter.Geobacter;

      public final class Main {
        static void kernel(int[] a) { a[0] = 1; }

        public static void main(String[] args) {
          System.out.println(Geobacter.kernelInstance(Main::kernel));
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void accessInternalApiOptionWorksInProcess() throws Exception {
    Run run = javac("-XDaccessInternalAPI");
    assertEquals(0, run.exitCode, run.output);
    assertTrue(Files.exists(dir.resolve("out").resolve(SidecarFormat.resourcePath("cli.Main"))));
  }

  @Test
  void launcherExportsWorkForForkedCompilers() throws Exception {
    List<String> exports = new ArrayList<>();
    for (String pkg : List.of("api", "code", "tree", "util")) {
      exports.add("-J--add-exports=jdk.compiler/com.sun.tools.javac." + pkg + "=ALL-UNNAMED");
    }
    Run run = javac(exports.toArray(String[]::new));
    assertEquals(0, run.exitCode, run.output);
    assertTrue(Files.exists(dir.resolve("out").resolve(SidecarFormat.resourcePath("cli.Main"))));
  }

  @Test
  void withoutAccessItIsOneClearError() throws Exception {
    Run run = javac();
    assertEquals(1, run.exitCode, run.output);
    assertTrue(run.output.contains("[GB007] the Geobacter plugin cannot reach javac's internal API"), run.output);
    assertTrue(run.output.contains("-XDaccessInternalAPI"), run.output);
    assertTrue(run.output.contains("1 error"), run.output);
  }

  private record Run(int exitCode, String output) {}

  private Run javac(String... access) throws IOException, InterruptedException {
    Path source = dir.resolve("src/cli/Main.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE);
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-d", dir.resolve("out").toString(), "-classpath", classPath, "-processorpath", classPath,
        "-Xplugin:" + GeobacterPlugin.NAME, "-proc:none"));
    command.addAll(List.of(access));
    command.add(source.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }
}
