package dev.geobacter.cuda;

import com.sun.jna.NativeLibrary;
import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.Kernel3;
import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.cuda.driver.CudaErrors;
import dev.geobacter.cuda.driver.CudaEvent;
import dev.geobacter.cuda.driver.CudaModule;
import dev.geobacter.cuda.driver.CudaStream;
import dev.geobacter.cuda.driver.DeviceBuffer;
import dev.geobacter.cuda.driver.DeviceOutOfMemoryException;
import dev.geobacter.cuda.driver.Extent;
import dev.geobacter.cuda.driver.KernelParameters;
import dev.geobacter.cuda.driver.ModuleLoadException;
import dev.geobacter.cuda.driver.PinnedBuffer;
import dev.geobacter.cuda.launch.CudaKernel;
import dev.geobacter.cuda.launch.KernelLoader;
import dev.geobacter.cuda.testing.HandWrittenPtx;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run by {@link FakeDriverTest} in a JVM of its own whose {@code libcuda.so.1} is the fake driver
 * ({@code src/test/native/fake_cuda.c}): the real binding, code generator, parameter packing,
 * staging and failure protocol, with the kernels executed by the fake in C. Prints one line per
 * scenario and exits non-zero on the first failure.
 */
public final class FakeDriverScenarios {
  private FakeDriverScenarios() {}

  public static void main(String[] args) throws Exception {
    errorsAreDescribedByTheDriver();
    theFakeGpuIsTheBestDevice();
    saxpyThroughDevice();
    failuresBecomeJavaExceptions();
    outOfMemoryAndRejectedModules();
    handWrittenKernelThroughTheBinding();
    buffersAreFreedOnceByCloseOrCleaner();
    concurrentLaunches();
    cachedCubinsAreLoadedWithoutCompiling();
    AsyncAndResidentScenarios.run();
    System.out.println("all scenarios passed");
  }

  private static void errorsAreDescribedByTheDriver() {
    var error = CudaErrors.describe(2);
    check(error.name().equals("CUDA_ERROR_OUT_OF_MEMORY"), error.toString());
    check(error.description().equals("fake driver: out of memory"), error.toString());
    check(CudaErrors.describe(4242).name().equals("CUresult 4242"), CudaErrors.describe(4242).toString());
    pass("errors are described by the driver");
  }

  private static void theFakeGpuIsTheBestDevice() {
    var devices = CudaDriver.get().devices();
    check(devices.size() == 1 && devices.get(0).name().equals("Fake GPU 0"), devices.toString());
    check(devices.get(0).smName().equals("sm_90") && devices.get(0).multiprocessors() == 4, devices.toString());
    try (Device best = Device.best()) {
      check(best.name().equals("cuda:0"), best.name());
    }
    pass("the fake GPU is the best device");
  }

  private static void saxpyThroughDevice() {
    KernelInstance<Kernel3<Float, float[], float[]>> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    try (Device gpu = Device.byName("cuda:0")) {
      for (int n : new int[] {1000, 1000, 3_000_001, 17}) {
        Random random = new Random(n);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
          x[i] = random.nextFloat();
          y[i] = random.nextFloat();
        }
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) expected[i] = 1.5f * x[i] + y[i];
        float[] xBefore = x.clone();
        gpu.launch(saxpy, Grid.of(n, 256), 1.5f, x, y);
        check(Arrays.equals(expected, y), "saxpy of " + n + " elements differs");
        check(Arrays.equals(xBefore, x), "x is only read");
      }
    }
    pass("saxpy through Device, buffers reused and grown");
  }

  private static void failuresBecomeJavaExceptions() {
    KernelInstance<Kernel2<int[], int[]>> shift = Geobacter.kernelInstance(GpuKernels::shift);
    KernelInstance<Kernel2<int[], int[]>> quotients = Geobacter.kernelInstance(GpuKernels::quotients);
    try (Device gpu = Device.byName("cuda:0")) {
      int[] in = new int[1024];
      for (int i = 0; i < in.length; i++) in[i] = i;
      int[] out = new int[1024];
      try {
        gpu.launch(shift, Grid.of(1024, 128), in, out);
        check(false, "no exception for an index out of bounds");
      } catch (ArrayIndexOutOfBoundsException e) {
        check(e.getMessage().equals("Index 1024 out of bounds for length 1024 at GpuKernels.shift(GpuKernels.java:23)"),
            e.getMessage());
        check(e.getStackTrace()[0].getLineNumber() == 23, Arrays.toString(e.getStackTrace()));
        check(out[4] == 5 && out[1022] == 1023, "writes before the failure are copied back");
      }
      int[] a = {10, 20, 30, 40};
      try {
        gpu.launch(quotients, Grid.of(4, 4), a, new int[] {2, 5, 0, 8});
        check(false, "no exception for a division by zero");
      } catch (ArithmeticException e) {
        check(e.getMessage().startsWith("/ by zero at GpuKernels.quotients(GpuKernels.java:"), e.getMessage());
        check(a[0] == 5 && a[3] == 5 && a[2] == 30, Arrays.toString(a));
      }
      int[] ok = {9, 8};
      gpu.launch(quotients, Grid.of(2, 2), ok, new int[] {3, 2});
      check(ok[0] == 3 && ok[1] == 4, "the status is cleared before each launch: " + Arrays.toString(ok));
      try {
        gpu.launch(quotients, Grid.of(4096, 2048), new int[4096], new int[4096]);
        check(false, "a group over the GPU's limit was launched");
      } catch (IllegalArgumentException e) {
        check(e.getMessage().contains("exceeds the GPU's limit of 1024"), e.getMessage());
      }
    }
    pass("failed checks become the JVM's exceptions");
  }

  private static void outOfMemoryAndRejectedModules() {
    try (CudaContext context = CudaDriver.get().primaryContext(0)) {
      try {
        context.allocate(1L << 40);
        check(false, "a tebibyte was allocated");
      } catch (DeviceOutOfMemoryException e) {
        check(e.requestedBytes().orElseThrow() == 1L << 40, e.getMessage());
        check(e.getMessage().contains("fake driver: out of memory") && e.getMessage().contains("1.0 TiB"), e.getMessage());
      }
      try {
        context.loadPtx(HandWrittenPtx.BROKEN, "broken.ptx");
        check(false, "broken PTX was loaded");
      } catch (ModuleLoadException e) {
        check(e.error().name().equals("CUDA_ERROR_INVALID_PTX"), e.getMessage());
        check(e.errorLog().contains("line 7") && e.getMessage().contains(e.errorLog()), e.getMessage());
      }
      try {
        context.linkPtx(HandWrittenPtx.BROKEN, "broken.ptx");
        check(false, "broken PTX was linked");
      } catch (ModuleLoadException e) {
        check(e.errorLog().equals("ptxas broken.ptx, line 7; error   : Unknown symbol '%r1'"), e.getMessage());
      }
    }
    pass("out of memory and rejected modules");
  }

  private static void handWrittenKernelThroughTheBinding() {
    try (CudaContext context = CudaDriver.get().primaryContext(0)) {
      byte[] cubin = context.linkPtx(HandWrittenPtx.ADD_ONE, "add_one.ptx");
      int count = 1000;
      try (CudaModule module = context.loadCubin(cubin, "add_one");
          DeviceBuffer data = context.allocate(4L * count);
          PinnedBuffer host = context.allocatePinned(4L * count);
          CudaStream stream = context.createStream();
          CudaEvent start = context.createEvent();
          CudaEvent end = context.createEvent();
          KernelParameters parameters = new KernelParameters(2)) {
        for (int i = 0; i < count; i++) host.pointer().setInt(4L * i, i);
        stream.copyToDevice(host, 0, data, 4L * count);
        parameters.setAddress(0, data.address());
        parameters.setInt(1, count);
        start.record(stream);
        stream.launch(module.function("add_one"), new Extent(8, 1, 1), new Extent(128, 1, 1), 0, parameters);
        end.record(stream);
        stream.copyToHost(data, host, 0, 4L * count);
        stream.synchronize();
        for (int i = 0; i < count; i++) check(host.pointer().getInt(4L * i) == i + 1, "element " + i);
        check(start.elapsedMillisTo(end) > 0, "event timing");
      }
    }
    pass("a hand-written kernel through the binding");
  }

  private static void buffersAreFreedOnceByCloseOrCleaner() throws InterruptedException {
    var live = NativeLibrary.getInstance("libcuda.so.1").getFunction("fake_live_allocations");
    try (CudaContext context = CudaDriver.get().primaryContext(0)) {
      long before = live.invokeLong(new Object[0]);
      DeviceBuffer a = context.allocate(64);
      DeviceBuffer b = context.allocate(64);
      check(live.invokeLong(new Object[0]) == before + 2, "two allocations");
      a.close();
      a.close();
      check(live.invokeLong(new Object[0]) == before + 1, "close frees once");
      b = null;
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (live.invokeLong(new Object[0]) != before && System.nanoTime() < deadline) {
        System.gc();
        Thread.sleep(20);
      }
      check(live.invokeLong(new Object[0]) == before, "the Cleaner frees an unreachable buffer");
    }
    pass("buffers are freed once, by close or by the Cleaner");
  }

  private static void concurrentLaunches() throws Exception {
    KernelInstance<Kernel3<Float, float[], float[]>> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Device gpu = Device.byName("cuda:0")) {
      List<Future<float[]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        float a = t;
        results.add(threads.submit(() -> {
          float[] x = new float[5000 + 100 * (int) a];
          float[] y = new float[x.length];
          Arrays.fill(x, 1f);
          for (int r = 0; r < 10; r++) gpu.launch(saxpy, Grid.of(x.length, 64), a, x, y);
          return y;
        }));
      }
      for (int t = 0; t < results.size(); t++) {
        for (float value : results.get(t).get()) check(value == 10f * t, "thread " + t + " got " + value);
      }
    } finally {
      threads.shutdown();
    }
    pass("launches from many threads at once");
  }

  private static void cachedCubinsAreLoadedWithoutCompiling() throws Exception {
    KernelGraph graph = PluginCompiledClass.onClassPath(GpuKernels.class)
        .graph("saxpy", Geobacter.kernelInstance(GpuKernels::saxpy));
    DiskCache cache = DiskCache.open(Files.createTempDirectory("geobacter-fake-cache"));
    try (CudaContext context = CudaDriver.get().primaryContext(0)) {
      CudaKernel compiled = new KernelLoader(context, 13000, cache).prepare(graph, CodegenOptions.defaults());
      check(compiled.timings().diskCache() == DiskCacheUse.MISS, compiled.timings().toString());
      check(compiled.timings().phases().keySet().equals(Set.of(CompilePhase.values())), compiled.timings().toString());
      CudaKernel cached = new KernelLoader(context, 13000, cache).prepare(graph, CodegenOptions.defaults());
      check(cached.timings().diskCache() == DiskCacheUse.HIT, cached.timings().toString());
      check(cached.timings().phases().keySet().equals(Set.of(CompilePhase.LOAD)), cached.timings().toString());
      float[] y = {1, 2};
      cached.launch(Grid.of(2, 2), new Object[] {3f, new float[] {1, 1}, y});
      check(y[0] == 4 && y[1] == 5, Arrays.toString(y));
    }
    try (Device gpu = Device.byName("cuda:0")) {
      float[] y = {1, 2};
      gpu.launch(Geobacter.kernelInstance(GpuKernels::saxpy).withChecks(false), Grid.of(2, 2), 3f, new float[] {1, 1}, y);
      check(y[0] == 4 && y[1] == 5, "unchecked: " + Arrays.toString(y));
    }
    pass("cached cubins load without compiling; unchecked kernels launch");
  }

  private static void check(boolean condition, String message) {
    if (!condition) throw new AssertionError(message);
  }

  private static void pass(String scenario) {
    System.out.println("PASS " + scenario);
  }
}
