package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Polly switch without a shim: the optimizer consults it, and a wrong path is named. */
class PollyExperimentSwitchTest {
  @Test
  void aShimPathThatIsNoFileIsRefusedByName(@TempDir Path directory) {
    CompiledKernels kernels = CompiledKernels.compile("Switched", """
        import static dev.geobacter.Gpu.*;
        class Switched {
          static void twice(int[] data) {
            data[globalId(0)] *= 2;
          }
        }
        """);
    Path missing = directory.resolve("no-such-shim.so");
    System.setProperty(PollyExperiment.SHIM_PROPERTY, missing.toString());
    RuntimeException error;
    try {
      error = assertThrows(RuntimeException.class,
          () -> HostDifferential.compile(kernels, "twice", CodegenOptions.defaults()));
    } finally {
      System.clearProperty(PollyExperiment.SHIM_PROPERTY);
    }
    String messages = "";
    for (Throwable t = error; t != null; t = t.getCause()) messages += t.getMessage() + "\n";
    assertTrue(messages.contains(missing + ", which is not a file"), messages);
  }
}
