package dev.geobacter.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
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
    first.prepare(graph).launch(Grid.of(3, 4), new Object[] {data});
    assertArrayEquals(new int[] {-1, 2, -3}, data);
    assertEquals(1, first.compilerForTests().compilations());
    try (Stream<Path> entries = Files.list(directory)) {
      assertEquals(1, entries.filter(p -> p.toString().endsWith(".gbk")).count());
    }

    HostDevice second = new HostDevice(DiskCache.open(directory));
    second.prepare(graph).launch(Grid.of(3, 4), new Object[] {data});
    assertArrayEquals(new int[] {1, -2, 3}, data);
    assertEquals(0, second.compilerForTests().compilations());
  }
}
