package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * NVIDIA's PTX assembler, when the CUDA toolkit puts it on the {@code PATH}: validates printed PTX
 * offline as the driver's JIT would, without a GPU. Tests that need it skip, saying why, elsewhere.
 */
final class Ptxas {
  private Ptxas() {}

  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isBlank()) continue;
      Path candidate = Path.of(directory, "ptxas");
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /**
   * Passes when {@code ptxas -arch=ARCH} assembles {@code ptx}. The PTX is written to a file in
   * {@code directory}, which a failure names with the command that reproduces it.
   */
  static void assertAssembles(String ptx, String arch, Path directory) throws IOException, InterruptedException {
    Optional<Path> ptxas = find();
    assumeTrue(ptxas.isPresent(), "ptxas (CUDA toolkit) is not on the PATH: the printed PTX is not validated");
    Path source = Files.createTempFile(Files.createDirectories(directory), "kernel-" + arch, ".ptx");
    Files.writeString(source, ptx, StandardCharsets.UTF_8);
    Path cubin = source.resolveSibling(source.getFileName() + ".cubin");
    Process process = new ProcessBuilder(List.of(ptxas.get().toString(), "-arch=" + arch, source.toString(), "-o",
        cubin.toString())).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("ptxas did not finish in 120 s on " + source);
    }
    assertTrue(process.exitValue() == 0, "ptxas rejected the printed PTX (reproduce: ptxas -arch=" + arch + " "
        + source + "):\n" + output);
    assertTrue(Files.size(cubin) > 0, "ptxas wrote no code to " + cubin);
  }
}
