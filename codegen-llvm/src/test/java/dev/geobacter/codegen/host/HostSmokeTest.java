package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import org.junit.jupiter.api.Test;

class HostSmokeTest {
  @Test
  void saxpyMatchesJava() throws Throwable {
    CompiledKernels kernels = CompiledKernels.compile("Saxpy", """
        import static dev.geobacter.Gpu.*;
        class Saxpy {
          static void saxpy(float a, float[] x, float[] y) {
            int i = globalId(0);
            if (i < x.length) y[i] = a * x[i] + y[i];
          }
        }
        """);
    float[] x = new float[1000];
    float[] y = new float[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 0.37f;
      y[i] = 1f / (i + 1);
    }
    float[] expected = y.clone();
    dev.geobacter.codegen.testing.JavaReference.run(kernels, "saxpy", Grid.of(1000, 64), 3f, x, expected);
    try (HostCompiler compiler = new HostCompiler()) {
      HostKernel kernel = compiler.compile(kernels.program("saxpy"), CodegenOptions.defaults());
      kernel.launch(Grid.of(1000, 64), 3f, x, y);
    }
    assertArrayEquals(expected, y);
  }
}
