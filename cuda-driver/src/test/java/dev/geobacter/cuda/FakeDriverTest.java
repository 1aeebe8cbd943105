package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole launch path without a GPU: {@code src/test/native/fake_cuda.c} is built with the C
 * compiler as {@code libcuda.so.1}, and {@link FakeDriverScenarios} runs in a JVM that loads it
 * (JNA searches {@code jna.library.path} first). Skipped where no C compiler is installed.
 */
class FakeDriverTest {
  @Test
  void theBackendRunsEndToEndAgainstTheFakeDriver() throws Exception {
    Path compiler = onPath("gcc");
    assumeTrue(compiler != null, "no gcc on the PATH to build the fake libcuda.so.1");
    Path directory = Files.createDirectories(Path.of("target", "fake-cuda"));
    Path library = directory.resolve("libcuda.so.1");
    String built = run(List.of(compiler.toString(), "-shared", "-fPIC", "-O1", "-ffp-contract=off", "-Wall", "-o",
        library.toString(), Path.of("src", "test", "native", "fake_cuda.c").toString()), 120);
    assertTrue(Files.exists(library), "gcc did not build the fake driver:\n" + built);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (Runtime.version().feature() >= 22) command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(List.of("-Djna.library.path=" + directory.toAbsolutePath(), "-Dgeobacter.cache.disk=false",
        "-cp", System.getProperty("java.class.path"), FakeDriverScenarios.class.getName()));
    String output = run(command, 300);
    assertTrue(output.contains("all scenarios passed"), output);
  }

  private static String run(List<String> command, int seconds) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "timed out: " + command);
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + text);
    return text;
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }
}
