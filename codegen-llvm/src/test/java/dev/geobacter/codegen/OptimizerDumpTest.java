package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerDumpTest {
  @Test
  void theDumpPropertyWritesIrBeforeAndAfterOptimization(@TempDir Path directory) throws Exception {
    CompiledKernels kernels = CompiledKernels.compile("Dumped", """
        import static dev.geobacter.Gpu.*;
        class Dumped {
          static void twice(int[] data) {
            data[globalId(0)] *= 2;
          }
        }
        """);
    System.setProperty(Optimizer.DUMP_PROPERTY, directory.toString());
    try {
      HostDifferential.compile(kernels, "twice", CodegenOptions.defaults());
    } finally {
      System.clearProperty(Optimizer.DUMP_PROPERTY);
    }
    Path lowered = directory.resolve("Dumped.twice__I_V.lowered.ll");
    Path optimized = directory.resolve("Dumped.twice__I_V.optimized.ll");
    assertTrue(Files.readString(lowered).contains("define internal void @Dumped_dtwice_l_aI_rV"), lowered.toString());
    assertTrue(Files.readString(optimized).contains("define void @geobacter.kernel."), optimized.toString());
  }
}
