package dev.geobacter.bench.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.cuda.ptx.PtxCompiler;
import dev.geobacter.cuda.ptx.PtxKernel;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark kernel goes through the path the GPU run takes up to the driver: respooled and
 * validated by the driver, lowered to PTX for the H100 ({@code sm_90}) with checks on and off, and
 * assembled by {@code ptxas} where the CUDA toolkit is installed. So a kernel the GPU cannot run
 * fails here, not on the GPU machine.
 */
class GpuKernelsPtxTest {
  private static final Map<String, KernelInstance<?>> KERNELS = Map.of(
      "saxpy", Geobacter.kernelInstance(GpuKernels::saxpy),
      "blockSums", Geobacter.kernelInstance(GpuKernels::blockSums),
      "matmul", Geobacter.kernelInstance(GpuKernels::matmul),
      "mandelbrot", Geobacter.kernelInstance(GpuKernels::mandelbrot),
      "nbody", Geobacter.kernelInstance(GpuKernels::nbody),
      "stencil", Geobacter.kernelInstance(GpuKernels::stencil),
      "empty", Geobacter.kernelInstance(GpuKernels::empty),
      "setFlag", Geobacter.kernelInstance(GpuKernels::setFlag),
      "spin", Geobacter.kernelInstance(GpuKernels::spin));

  private final Respooler respooler = new Respooler(new SidecarCache());
  private final PtxCompiler compiler = PtxCompiler.forComputeCapability(9, 0);

  private PtxKernel ptx(String name, boolean checks) {
    CodegenOptions options = checks ? CodegenOptions.defaults() : CodegenOptions.defaults().withoutChecks();
    return compiler.compile(KernelProgram.of(respooler.respool(KERNELS.get(name))), options);
  }

  @Test
  void everyKernelAssemblesForTheH100WithAndWithoutChecks() throws Exception {
    for (String name : KERNELS.keySet()) {
      for (boolean checks : List.of(true, false)) {
        PtxKernel kernel = ptx(name, checks);
        assertTrue(kernel.ptx().contains(".entry " + kernel.entrySymbol()), name + ": no entry " + kernel.entrySymbol());
        assertAssembles(name + (checks ? "" : "_nocheck"), kernel.ptx());
      }
    }
  }

  @Test
  void parameterLayoutsAreWhatTheSessionPacks() {
    // saxpy(float, float[], float[], float[], int): 1 + 2 * 3 + 1 slots, then the status pointer.
    assertEquals(9, ptx("saxpy", true).layout().slots().size());
    assertEquals(8, ptx("saxpy", true).layout().statusSlot());
    assertEquals(2, ptx("empty", true).layout().slots().size());
  }

  @Test
  void javaSemanticsOnTheGpu() {
    String reduce = ptx("blockSums", true).ptx();
    assertTrue(reduce.contains("bar.sync"), "the tree's barriers");
    String nbody = ptx("nbody", false).ptx();
    // (float) Math.sqrt(float) is a double square root rounded to float, as Java defines it; 1f / x
    // may become the correctly rounded reciprocal, which equals the division.
    assertTrue(nbody.contains("sqrt.rn.f"), "correctly rounded square root");
    assertTrue(nbody.contains("div.rn.f32") || nbody.contains("rcp.rn.f32"), "correctly rounded division");
    assertFalse(nbody.contains(".approx"), "no approximate arithmetic");
    assertFalse(nbody.contains(".ftz"), "no flush to zero");
    for (String name : List.of("saxpy", "matmul", "nbody", "mandelbrot")) {
      assertFalse(ptx(name, false).ptx().contains("fma.rn.f32"), name + ": no contraction into FMA");
    }
  }

  @Test
  void uncheckedKernelsHaveNoBoundsChecks() {
    String checked = ptx("stencil", true).ptx();
    String unchecked = ptx("stencil", false).ptx();
    assertTrue(unchecked.length() < checked.length(), "checks add code");
    assertFalse(unchecked.contains("geobacter_fail"), "no failure path without checks");
    assertTrue(checked.contains("geobacter_fail"), "the checked kernel records failures");
  }

  private static void assertAssembles(String name, String ptx) throws IOException, InterruptedException {
    Optional<Path> ptxas = onPath("ptxas");
    if (ptxas.isEmpty()) return;  // the lowering above still ran; ptxas validates where the toolkit is
    Path directory = Files.createDirectories(Path.of("target", "ptxas-bench"));
    Path source = directory.resolve(name + ".ptx");
    Files.writeString(source, ptx, StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(ptxas.get().toString(), "-arch=sm_90", source.toString(), "-o",
        directory.resolve(name + ".cubin").toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ptxas did not finish on " + source);
    assertEquals(0, process.exitValue(), "ptxas -arch=sm_90 rejected " + source + ":\n" + output);
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
