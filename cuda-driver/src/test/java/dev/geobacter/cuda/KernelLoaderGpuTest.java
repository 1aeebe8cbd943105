package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.cuda.launch.CudaKernel;
import dev.geobacter.cuda.launch.KernelLoader;
import dev.geobacter.cuda.testing.Gpus;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling, linking and caching on a real GPU: the second loader takes the cubin from the disk cache. */
@Tag("gpu")
class KernelLoaderGpuTest {
  @TempDir
  Path cacheDirectory;

  @Test
  void aCachedCubinIsLoadedWithoutCompilingAgain() throws Exception {
    CudaDriver driver = Gpus.assumeGpu();
    KernelGraph graph = saxpyGraph();
    DiskCache cache = DiskCache.open(cacheDirectory);
    try (CudaContext context = driver.primaryContext(0)) {
      CudaKernel compiled = new KernelLoader(context, driver.version(), cache).prepare(graph, CodegenOptions.defaults());
      run(compiled);
      assertEquals(DiskCacheUse.MISS, compiled.timings().diskCache());
      assertEquals(Set.of(CompilePhase.values()), compiled.timings().phases().keySet());
      List<Path> entries = entries();
      assertEquals(1, entries.size(), "one cache entry: " + entries);
      FileTime written = Files.getLastModifiedTime(entries.get(0));
      Thread.sleep(20);
      CudaKernel cached = new KernelLoader(context, driver.version(), cache).prepare(graph, CodegenOptions.defaults());
      run(cached);
      assertEquals(DiskCacheUse.HIT, cached.timings().diskCache());
      assertEquals(Set.of(CompilePhase.LOAD), cached.timings().phases().keySet());
      assertEquals(List.of(entries.get(0)), entries());
      assertEquals(written, Files.getLastModifiedTime(entries.get(0)), "a hit must not rewrite the entry");
      run(new KernelLoader(context, driver.version(), cache).prepare(graph, CodegenOptions.defaults().withoutChecks()));
      assertEquals(2, entries().size(), "other options are another entry");
    }
  }

  private static void run(CudaKernel kernel) {
    float[] x = {1, 2, 3};
    float[] y = {10, 20, 30};
    kernel.launch(Grid.of(3, 32), new Object[] {2f, x, y});
    assertArrayEquals(new float[] {12, 24, 36}, y);
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> files = Files.list(cacheDirectory)) {
      return files.filter(p -> p.toString().endsWith(".gbk")).sorted().toList();
    }
  }

  private static KernelGraph saxpyGraph() {
    return PluginCompiledClass.onClassPath(GpuKernels.class).graph("saxpy", Geobacter.kernelInstance(GpuKernels::saxpy));
  }
}
