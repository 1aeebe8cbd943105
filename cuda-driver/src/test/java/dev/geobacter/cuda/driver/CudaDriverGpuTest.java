package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import dev.geobacter.cuda.testing.Gpus;
import dev.geobacter.cuda.testing.HandWrittenPtx;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The driver binding on a real GPU; skipped, with the reason, where there is none. */
@Tag("gpu")
class CudaDriverGpuTest {
  private CudaDriver driver;
  private CudaContext context;

  @BeforeEach
  void retainContext() {
    driver = Gpus.assumeGpu();
    context = driver.primaryContext(0);
  }

  @AfterEach
  void releaseContext() {
    if (context != null) context.close();
  }

  @Test
  void enumeratesDevicesWithTheirProperties() {
    assertTrue(driver.version() >= 12000, "driver CUDA version " + driver.version());
    for (int i = 0; i < driver.devices().size(); i++) {
      DeviceProperties device = driver.devices().get(i);
      assertEquals(i, device.ordinal());
      assertFalse(device.name().isBlank());
      assertTrue(device.computeMajor() >= 5, device.toString());
      assertTrue(device.multiprocessors() > 0, device.toString());
      assertTrue(device.maxThreadsPerBlock() >= 256, device.toString());
      assertTrue(device.maxBlock().x() >= 256 && device.maxGrid().x() >= 65535, device.toString());
      assertTrue(device.totalMemory() > 0, device.toString());
    }
    long[] memory = context.memoryInfo();
    assertTrue(memory[0] > 0 && memory[0] <= memory[1], memory[0] + " of " + memory[1]);
  }

  @Test
  void asyncCopiesThroughPinnedMemoryRoundTrip() {
    int count = 1 << 16;
    try (DeviceBuffer device = context.allocate(4L * count);
        PinnedBuffer pinned = context.allocatePinned(4L * count);
        CudaStream stream = context.createStream()) {
      int[] values = IntStream.range(0, count).map(i -> i * 31 - 7).toArray();
      pinned.pointer().write(0, values, 0, count);
      stream.copyToDevice(pinned, 0, device, 4L * count);
      stream.synchronize();
      pinned.pointer().clear(4L * count);
      stream.copyToHost(device, pinned, 0, 4L * count);
      stream.synchronize();
      assertArrayEquals(values, pinned.pointer().getIntArray(0, count));
    }
  }

  @Test
  void synchronousCopiesFromPageableMemoryRoundTrip() {
    try (DeviceBuffer device = context.allocate(64); Memory host = new Memory(64)) {
      for (int i = 0; i < 16; i++) host.setInt(4L * i, -i);
      device.copyFromHost(host, 64);
      host.clear();
      device.copyToHost(host, 64);
      for (int i = 0; i < 16; i++) assertEquals(-i, host.getInt(4L * i));
      assertThrows(IndexOutOfBoundsException.class, () -> device.copyToHost(host, 65));
    }
  }

  @Test
  void askingForATebibyteIsOutOfMemoryWithTheSize() {
    DeviceOutOfMemoryException error = assertThrows(DeviceOutOfMemoryException.class,
        () -> context.allocate(1L << 40));
    assertEquals(1L << 40, error.requestedBytes().orElseThrow());
    assertEquals("CUDA_ERROR_OUT_OF_MEMORY", error.error().name());
    assertTrue(error.getMessage().contains("cuMemAlloc_v2") && error.getMessage().contains("1.0 TiB"),
        error.getMessage());
  }

  @Test
  void launchesAHandWrittenPtxKernel() {
    int count = 1000;
    try (CudaModule module = context.loadPtx(HandWrittenPtx.ADD_ONE, "add_one.ptx")) {
      runAddOne(module, count);
    }
  }

  @Test
  void linksPtxIntoACubinThatLoadsAndRuns() {
    byte[] cubin = context.linkPtx(HandWrittenPtx.ADD_ONE, "add_one.ptx");
    assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, java.util.Arrays.copyOf(cubin, 4), "a cubin is an ELF file");
    try (CudaModule module = context.loadCubin(cubin, "add_one.cubin")) {
      runAddOne(module, 4097);
    }
  }

  @Test
  void aRejectedModuleCarriesTheJitErrorLog() {
    ModuleLoadException error = assertThrows(ModuleLoadException.class,
        () -> context.loadPtx(HandWrittenPtx.BROKEN, "broken.ptx"));
    assertEquals("CUDA_ERROR_INVALID_PTX", error.error().name());
    assertTrue(error.errorLog().contains("line 7"), error.errorLog());
    assertTrue(error.getMessage().contains(error.errorLog()), error.getMessage());
    assertThrows(ModuleLoadException.class, () -> context.linkPtx(HandWrittenPtx.BROKEN, "broken.ptx"));
  }

  @Test
  void eventsTimeWorkOnTheGpu() {
    int count = 1 << 22;
    try (CudaModule module = context.loadPtx(HandWrittenPtx.ADD_ONE, "add_one.ptx");
        CudaStream stream = context.createStream();
        CudaEvent start = context.createEvent();
        CudaEvent end = context.createEvent();
        DeviceBuffer data = context.allocate(4L * count);
        KernelParameters parameters = new KernelParameters(2)) {
      stream.fill(data, 0, count);
      parameters.setAddress(0, data.address());
      parameters.setInt(1, count);
      start.record(stream);
      for (int i = 0; i < 10; i++) {
        stream.launch(module.function("add_one"), new Extent(count / 256, 1, 1), new Extent(256, 1, 1), 0, parameters);
      }
      end.record(stream);
      end.synchronize();
      float milliseconds = start.elapsedMillisTo(end);
      assertTrue(milliseconds > 0 && milliseconds < 10_000, milliseconds + " ms");
      try (Memory host = new Memory(4L * count)) {
        data.copyToHost(host, 4L * count);
        assertEquals(10, host.getInt(0));
        assertEquals(10, host.getInt(4L * (count - 1)));
      }
    }
  }

  @Test
  void closedResourcesCannotBeUsedAndCloseTwiceIsHarmless() {
    DeviceBuffer buffer = context.allocate(16);
    buffer.close();
    buffer.close();
    assertThrows(IllegalStateException.class, buffer::address);
  }

  @Test
  void buffersOutlivingTheirContextAreSkippedNotFreedTwice() {
    CudaContext second = driver.primaryContext(0);
    DeviceBuffer buffer = second.allocate(16);
    second.close();
    buffer.close();
    assertTrue(buffer.isClosed());
    assertThrows(IllegalStateException.class, second::makeCurrent);
  }

  @Test
  void errorsAreNamedByTheDriver() {
    CudaError error = CudaErrors.describe(CudaError.OUT_OF_MEMORY);
    assertEquals("CUDA_ERROR_OUT_OF_MEMORY", error.name());
    assertFalse(error.description().contains("cuda.h"), "the driver's own text: " + error.description());
  }

  private void runAddOne(CudaModule module, int count) {
    CudaFunction function = module.function("add_one");
    try (DeviceBuffer data = context.allocate(4L * count);
        PinnedBuffer host = context.allocatePinned(4L * count);
        CudaStream stream = context.createStream();
        KernelParameters parameters = new KernelParameters(2)) {
      for (int i = 0; i < count; i++) host.pointer().setInt(4L * i, i);
      stream.copyToDevice(host, 0, data, 4L * count);
      parameters.setAddress(0, data.address());
      parameters.setInt(1, count);
      stream.launch(function, new Extent((count + 127) / 128, 1, 1), new Extent(128, 1, 1), 0, parameters);
      stream.copyToHost(data, host, 0, 4L * count);
      stream.synchronize();
      for (int i = 0; i < count; i++) assertEquals(i + 1, host.pointer().getInt(4L * i), "element " + i);
    }
  }
}
