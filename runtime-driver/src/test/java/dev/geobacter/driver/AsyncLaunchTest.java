package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel1;
import dev.geobacter.Kernel2;
import dev.geobacter.Kernel3;
import dev.geobacter.KernelInstance;
import dev.geobacter.ResidentArrays;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.testkit.InProcessJavac;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code Device.launchAsync} on the jvm device: results, order, failures, and javac's type checks. */
class AsyncLaunchTest {
  private static final KernelInstance<Kernel3<Float, float[], float[]>> ADD_SCALED =
      Geobacter.kernelInstance(DriverTestKernels::addScaled);
  private static final KernelInstance<Kernel2<int[], Integer>> FILL = Geobacter.kernelInstance(DriverTestKernels::fill);
  private static final KernelInstance<Kernel1<int[]>> FILL_UNGUARDED =
      Geobacter.kernelInstance(DriverTestKernels::writeEveryId);

  @Test
  void theFutureCompletesWhenTheArraysHoldTheWrites() throws Exception {
    int[] out = new int[1000];
    try (Device jvm = Device.byName("jvm")) {
      CompletableFuture<Void> done = jvm.launchAsync(FILL, Grid.of(1000, 100), out, 7);
      done.get(30, TimeUnit.SECONDS);
    }
    for (int i = 0; i < out.length; i++) assertEquals(7 + i, out[i]);
  }

  @Test
  void launchesOfOneThreadRunInOrderAndDoNotOverlap() throws Exception {
    float[] x = new float[4096];
    float[] y = new float[4096];
    Arrays.fill(x, 1f);
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    // Chaining launches over the same arrays without waiting is what resident arrays are for.
    try (Device jvm = Device.byName("jvm"); ResidentArrays resident = jvm.keepResident(x, y)) {
      // Each launch reads y and writes it: overlapping or reordered launches would lose additions.
      for (int round = 0; round < 40; round++) futures.add(jvm.launchAsync(ADD_SCALED, Grid.of(4096, 64), 1f, x, y));
      jvm.launch(ADD_SCALED, Grid.of(4096, 64), 2f, x, y);
      assertTrue(futures.stream().allMatch(CompletableFuture::isDone), "a synchronous launch waits for earlier async ones");
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }
    float[] expected = new float[4096];
    Arrays.fill(expected, 42f);
    assertArrayEquals(expected, y);
  }

  @Test
  void aKernelExceptionCompletesTheFutureExceptionally() {
    int[] out = new int[5];
    try (Device jvm = Device.byName("jvm")) {
      CompletableFuture<Void> failed = jvm.launchAsync(FILL_UNGUARDED, Grid.of(8, 8), out);
      ExecutionException thrown = assertThrows(ExecutionException.class, () -> failed.get(30, TimeUnit.SECONDS));
      assertInstanceOf(ArrayIndexOutOfBoundsException.class, thrown.getCause());
      assertEquals("Index 5 out of bounds for length 5", thrown.getCause().getMessage());
      Throwable[] seen = new Throwable[1];
      failed.whenComplete((ignored, failure) -> seen[0] = failure).exceptionally(failure -> null).join();
      assertInstanceOf(ArrayIndexOutOfBoundsException.class, seen[0], "the future holds the kernel's exception itself");
      // A failed launch does not hold up the thread's later ones.
      int[] fine = new int[3];
      jvm.launchAsync(FILL, Grid.of(3, 3), fine, 1).join();
      assertArrayEquals(new int[] {1, 2, 3}, fine);
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void argumentErrorsCompleteTheFutureExceptionally() {
    KernelInstance raw = FILL;
    try (Device jvm = Device.byName("jvm")) {
      CompletableFuture<Void> failed = jvm.launchAsync(raw, Grid.of(4, 4), new long[4], 1);
      ExecutionException thrown = assertThrows(ExecutionException.class, () -> failed.get(30, TimeUnit.SECONDS));
      assertInstanceOf(IllegalArgumentException.class, thrown.getCause());
      assertTrue(thrown.getCause().getMessage().contains("must be a int[]"), thrown.getCause().getMessage());
    }
  }

  @Test
  void aClosedDeviceThrowsAtOnce() {
    Device jvm = Device.byName("jvm");
    jvm.close();
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> jvm.launchAsync(FILL, Grid.of(4, 4), new int[4], 1));
    assertTrue(thrown.getMessage().contains("is closed"), thrown.getMessage());
    assertThrows(NullPointerException.class, () -> Device.byName("jvm").launchAsync(FILL, null, new int[4], 1));
  }

  @Test
  void javacChecksTheArgumentTypesOfAsyncLaunches() {
    String template = """
        package t;

        import dev.geobacter.*;
        import java.util.concurrent.CompletableFuture;

        class Launcher {
          static void fill(int[] out, int value) {
            out[Gpu.globalId(0)] = value;
          }

          static CompletableFuture<Void> start(Device device) {
            KernelInstance<Kernel2<int[], Integer>> fill = Geobacter.kernelInstance(Launcher::fill);
            return device.launchAsync(fill, Grid.of(4, 4), ARGUMENTS);
          }
        }
        """;
    CompilationResult right = new InProcessJavac().source("t/Launcher.java", template.replace("ARGUMENTS", "new int[4], 3"))
        .compile();
    assertTrue(right.success(), right.describeDiagnostics());
    CompilationResult wrong = new InProcessJavac()
        .source("t/Launcher.java", template.replace("ARGUMENTS", "new float[4], 3")).compile();
    assertTrue(!wrong.success(), "a float[] for an int[] parameter compiled");
    assertTrue(wrong.describeDiagnostics().contains("launchAsync"), wrong.describeDiagnostics());
  }
}
