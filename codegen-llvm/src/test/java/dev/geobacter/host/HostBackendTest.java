package dev.geobacter.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host backend as users reach it: through ServiceLoader, Device.byName and Device.best. */
class HostBackendTest {
  private static CompiledKernels app;

  @BeforeAll
  static void compile() {
    app = CompiledKernels.compile("App", """
        import dev.geobacter.*;
        import static dev.geobacter.Gpu.*;
        class App {
          static void square(int[] data, int offset) {
            int i = globalId(0);
            if (i < data.length) data[i] = data[i] * data[i] + offset;
          }

          static void writesPastTheEnd(float[] data) {
            data[globalId(0) + 1] = 1f;
          }

          static void rotate(int[] data, int[] scratch) {
            int i = globalId(0);
            scratch[i] = data[i] * 3;
            barrier();
            int next = groupId(0) * localSize(0) + (localId(0) + 1) % localSize(0);
            data[i] = scratch[next];
          }

          static int[] run(String deviceName) {
            int[] data = new int[1000];
            for (int i = 0; i < data.length; i++) data[i] = i - 500;
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(App::square), Grid.of(data.length, 64), data, 7);
            }
            return data;
          }

          static void overrun() {
            try (Device device = Device.byName("host")) {
              device.launch(Geobacter.kernelInstance(App::writesPastTheEnd), Grid.of(64, 64), new float[64]);
            }
          }

          static int[] rotated(String deviceName) {
            int[] data = new int[256];
            for (int i = 0; i < data.length; i++) data[i] = i;
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(App::rotate), Grid.of(data.length, 32), data, new int[256]);
            }
            return data;
          }

          static String best() {
            try (Device device = Device.best()) {
              return device.name();
            }
          }
        }
        """);
  }

  @Test
  void hostGivesTheJvmDevicesResults() throws Throwable {
    int[] host = (int[]) app.invokeJava("run", "host");
    int[] jvm = (int[]) app.invokeJava("run", "jvm");
    assertArrayEquals(jvm, host);
    assertEquals(500 * 500 + 7, host[0]);
  }

  @Test
  void bestDeviceIsHostOverJvm() throws Throwable {
    assertEquals("host", app.invokeJava("best"));
  }

  @Test
  void anOutOfBoundsWriteRaisesTheJvmsExceptionWithTheKernelLine() {
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () -> app.invokeJava("overrun"));
    assertEquals("Index 64 out of bounds for length 64 at App.writesPastTheEnd(App.java:10)", e.getMessage());
    assertEquals("writesPastTheEnd", e.getStackTrace()[0].getMethodName());
    assertEquals(10, e.getStackTrace()[0].getLineNumber());
  }

  @Test
  void kernelsWithBarriersGiveTheJvmDevicesResults() throws Throwable {
    int[] host = (int[]) app.invokeJava("rotated", "host");
    assertArrayEquals((int[]) app.invokeJava("rotated", "jvm"), host);
    assertEquals(3, host[0]);
    assertEquals(0, host[31]);
  }

  @Test
  void theBackendIsAvailableHereWithAPriorityAboveTheJvm() {
    HostBackend backend = new HostBackend();
    assertEquals("host", backend.name());
    assertTrue(backend.availability().isAvailable(), backend.availability().reason());
    assertTrue(backend.priority() > dev.geobacter.driver.jvm.JvmBackend.PRIORITY);
    assertEquals(List.of("host"), backend.devices().stream().map(d -> d.name()).toList());
  }
}
