package dev.geobacter.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.KernelOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.KernelMethod;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import dev.geobacter.spi.PreparedKernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machine code goes to the driver's disk cache; a later device links it without compiling. */
class HostDeviceCacheTest {
  @Test
  void aSecondDeviceLoadsTheCachedObjectInsteadOfCompiling(@TempDir Path directory) throws Exception {
    CompiledKernels kernels = CompiledKernels.compile("Cached", """
        import static dev.geobacter.Gpu.*;
        class Cached {
          static void negate(int[] data) {
            int i = globalId(0);
            if (i < data.length) data[i] = -data[i];
          }
        }
        """);
    MethodInfo entry = kernels.method("negate");
    KernelGraph graph = new KernelGraph(
        Geobacter.compiledKernel(kernels.javaMethod("negate").getDeclaringClass(), entry.getName(), entry.getDesc()),
        List.of(new KernelMethod(entry, "Cached.java", "test")), Map.of(), new byte[] {1, 2, 3});

    HostDevice first = new HostDevice(DiskCache.open(directory));
    int[] data = {1, -2, 3};
    PreparedKernel compiled = first.prepare(graph, KernelOptions.defaults());
    compiled.launch(Grid.of(3, 4), new Object[] {data});
    assertArrayEquals(new int[] {-1, 2, -3}, data);
    assertEquals(1, first.compilerForTests().compilations());
    PreparationTimings missed = compiled.timings();
    assertEquals(DiskCacheUse.MISS, missed.diskCache());
    assertEquals(List.of(CompilePhase.LOWERING, CompilePhase.OPTIMIZATION, CompilePhase.CODEGEN, CompilePhase.LOAD),
        List.copyOf(missed.phases().keySet()));
    try (Stream<Path> entries = Files.list(directory)) {
      assertEquals(1, entries.filter(p -> p.toString().endsWith(".gbk")).count());
    }

    HostDevice second = new HostDevice(DiskCache.open(directory));
    PreparedKernel loaded = second.prepare(graph, KernelOptions.defaults());
    loaded.launch(Grid.of(3, 4), new Object[] {data});
    assertArrayEquals(new int[] {1, -2, 3}, data);
    assertEquals(0, second.compilerForTests().compilations());
    assertEquals(DiskCacheUse.HIT, loaded.timings().diskCache());
    assertEquals(List.of(CompilePhase.LOAD), List.copyOf(loaded.timings().phases().keySet()));
  }

  @Test
  void optionsArePartOfTheKeySoCheckedAndUncheckedAreCompiledOnceEach(@TempDir Path directory) throws Exception {
    CompiledKernels kernels = CompiledKernels.compile("Halved", """
        import static dev.geobacter.Gpu.*;
        class Halved {
          static void halve(int[] data, int divisor) {
            int i = globalId(0);
            if (i < data.length) data[i] = data[i] / divisor;
          }
        }
        """);
    MethodInfo entry = kernels.method("halve");
    KernelGraph graph = new KernelGraph(
        Geobacter.compiledKernel(kernels.javaMethod("halve").getDeclaringClass(), entry.getName(), entry.getDesc()),
        List.of(new KernelMethod(entry, "Halved.java", "test")), Map.of(), new byte[] {4, 5, 6});
    KernelOptions unchecked = KernelOptions.defaults().withChecks(false);

    HostDevice device = new HostDevice(DiskCache.open(directory));
    assertEquals(DiskCacheUse.MISS, device.prepare(graph, KernelOptions.defaults()).timings().diskCache());
    PreparedKernel fast = device.prepare(graph, unchecked);
    assertEquals(DiskCacheUse.MISS, fast.timings().diskCache());
    assertEquals(2, device.compilerForTests().compilations());
    int[] data = {8, 6};
    fast.launch(Grid.of(2, 2), new Object[] {data, 0});
    assertArrayEquals(new int[] {0, 0}, data, "unchecked division by zero gives 0");

    HostDevice later = new HostDevice(DiskCache.open(directory));
    assertEquals(DiskCacheUse.HIT, later.prepare(graph, unchecked).timings().diskCache());
    assertEquals(DiskCacheUse.HIT, later.prepare(graph, KernelOptions.defaults()).timings().diskCache());
    assertEquals(0, later.compilerForTests().compilations());
  }
}
