package dev.geobacter.cuda.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * NVIDIA's PTX assembler from the CUDA toolkit, when it is on the {@code PATH}: it validates PTX
 * offline exactly as the driver's JIT would, without a GPU.
 */
public final class Ptxas {
  /** The result of one assembly: exit status and everything it printed. */
  public record Result(int exitCode, String output, Path ptxFile) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private Ptxas() {}

  /** The {@code ptxas} executable, if installed. */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "ptxas");
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /**
   * Passes when {@code ptxas -arch=ARCH} accepts {@code ptx}; skips the test where ptxas is not
   * installed. On a rejection the message holds ptxas's output and the command that reproduces it.
   */
  public static void assertAssembles(String ptx, String arch) throws IOException, InterruptedException {
    Optional<Path> ptxas = find();
    org.junit.jupiter.api.Assumptions.assumeTrue(ptxas.isPresent(),
        "ptxas (CUDA toolkit) is not on the PATH: PTX not validated");
    Result result = assemble(ptxas.get(), ptx, arch);
    org.junit.jupiter.api.Assertions.assertTrue(result.succeeded(), "ptxas rejected " + result.ptxFile()
        + " (reproduce: ptxas -arch=" + arch + " " + result.ptxFile() + "):\n" + result.output());
    Files.deleteIfExists(result.ptxFile().resolveSibling("kernel.cubin"));
    Files.deleteIfExists(result.ptxFile());
    Files.deleteIfExists(result.ptxFile().getParent());
  }

  /**
   * Assembles {@code ptx} for {@code arch} (e.g. {@code sm_90}) in a fresh directory under
   * {@code target/ptxas}, where the PTX stays for a failure report.
   */
  public static Result assemble(Path ptxas, String ptx, String arch) throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "ptxas")), "kernel");
    Path source = directory.resolve("kernel.ptx");
    Files.writeString(source, ptx, StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(List.of(ptxas.toString(), "-arch=" + arch, source.toString(), "-o",
        directory.resolve("kernel.cubin").toString())).redirectErrorStream(true).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("ptxas did not finish in 120 s on " + source);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output, source);
  }
}
