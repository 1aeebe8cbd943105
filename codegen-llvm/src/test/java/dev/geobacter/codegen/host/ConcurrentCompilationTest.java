package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiler serves many threads: each compilation has its own LLVM context; the JIT is shared. */
class ConcurrentCompilationTest {
  @Test
  void kernelsCompiledAndLaunchedFromManyThreadsAllWork() throws Exception {
    CompiledKernels kernels = CompiledKernels.compile("Scale", """
        import static dev.geobacter.Gpu.*;
        class Scale {
          static void scale(int[] data, int factor) {
            int i = globalId(0);
            if (i < data.length) data[i] *= factor;
          }
        }
        """);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int factor = t + 2;
        results.add(threads.submit(() -> {
          HostKernel kernel = HostDifferential.compile(kernels, "scale", CodegenOptions.defaults());
          int[] data = {1, 2, 3, 4, 5};
          kernel.launch(Grid.of(data.length, 2), data, factor);
          return data;
        }));
      }
      for (int t = 0; t < 8; t++) {
        int f = t + 2;
        assertArrayEquals(new int[] {f, 2 * f, 3 * f, 4 * f, 5 * f}, results.get(t).get());
      }
    } finally {
      threads.shutdown();
    }
  }
}
