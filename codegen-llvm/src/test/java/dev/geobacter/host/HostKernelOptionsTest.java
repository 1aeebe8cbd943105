package dev.geobacter.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.driver.Driver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-launch checks through the public API: the host compiles them out, the jvm keeps them. */
class HostKernelOptionsTest {
  private static CompiledKernels app;

  @BeforeAll
  static void compile() {
    app = CompiledKernels.compile("Options", """
        import dev.geobacter.*;
        import static dev.geobacter.Gpu.*;
        class Options {
          static void divide(int[] data, int divisor) {
            int i = globalId(0);
            if (i < data.length) data[i] = data[i] / divisor;
          }

          static void overrun(float[] data) {
            data[globalId(0) + 1] = 1f;
          }

          static void cube(long[] data) {
            int i = globalId(0);
            if (i < data.length) data[i] = data[i] * data[i] * data[i];
          }

          static int[] divided(String deviceName, boolean checks, int divisor) {
            int[] data = {10, -7, 3, 0, 99};
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(Options::divide).withChecks(checks), Grid.of(data.length, 4),
                  data, divisor);
            }
            return data;
          }

          static void overrunOn(String deviceName, boolean checks) {
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(Options::overrun).withChecks(checks), Grid.of(64, 64),
                  new float[64]);
            }
          }

          static long[] cubed(String deviceName, boolean checks) {
            long[] data = new long[3000];
            for (int i = 0; i < data.length; i++) data[i] = i - 1500;
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(Options::cube).withChecks(checks), Grid.of(data.length, 128),
                  data);
            }
            return data;
          }
        }
        """);
  }

  @Test
  void anUncheckedInBoundsKernelGivesTheCheckedResults() throws Throwable {
    long[] unchecked = (long[]) app.invokeJava("cubed", "host", false);
    assertArrayEquals((long[]) app.invokeJava("cubed", "jvm", true), unchecked);
    assertArrayEquals((long[]) app.invokeJava("cubed", "host", true), unchecked);
    assertEquals(-1500L * 1500 * 1500, unchecked[0]);
  }

  @Test
  void theSameKernelCheckedAndUncheckedIsPreparedOnceEach() throws Throwable {
    long before = Driver.instance().kernels().preparations();
    for (int round = 0; round < 3; round++) {
      assertArrayEquals(new int[] {5, -3, 1, 0, 49}, (int[]) app.invokeJava("divided", "host", false, 2));
      assertArrayEquals(new int[] {5, -3, 1, 0, 49}, (int[]) app.invokeJava("divided", "host", true, 2));
    }
    assertEquals(2, Driver.instance().kernels().preparations() - before);
  }

  @Test
  void withChecksOffTheHostDividesByZeroWithoutThrowing() throws Throwable {
    assertArrayEquals(new int[5], (int[]) app.invokeJava("divided", "host", false, 0));
  }

  @Test
  void withChecksOnTheHostThrowsTheJvmsExceptionsWithTheKernelLine() {
    ArithmeticException division = assertThrows(ArithmeticException.class,
        () -> app.invokeJava("divided", "host", true, 0));
    assertEquals("/ by zero at Options.divide(Options.java:6)", division.getMessage());

    ArrayIndexOutOfBoundsException index = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> app.invokeJava("overrunOn", "host", true));
    assertEquals("Index 64 out of bounds for length 64 at Options.overrun(Options.java:10)", index.getMessage());
    assertEquals("overrun", index.getStackTrace()[0].getMethodName());
    assertEquals(10, index.getStackTrace()[0].getLineNumber());
  }

  @Test
  void theJvmDeviceChecksWhateverTheOptions() {
    ArrayIndexOutOfBoundsException index = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> app.invokeJava("overrunOn", "jvm", false));
    assertEquals("Index 64 out of bounds for length 64", index.getMessage());
    StackTraceElement kernelFrame = java.util.Arrays.stream(index.getStackTrace())
        .filter(frame -> frame.getMethodName().equals("overrun")).findFirst().orElseThrow();
    assertEquals(10, kernelFrame.getLineNumber());
    assertThrows(ArithmeticException.class, () -> app.invokeJava("divided", "jvm", false, 0));
  }
}
