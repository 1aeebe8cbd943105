package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel3;
import dev.geobacter.Kernel8;
import dev.geobacter.KernelInstance;
import dev.geobacter.ResidentArrays;
import dev.geobacter.cuda.testing.ArrayKinds;
import dev.geobacter.cuda.testing.Gpus;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code Device.keepResident} on {@code cuda:0}: the same results as copying, explicit copies, close copies back. */
@Tag("gpu")
class ResidentArraysGpuTest {
  private static final KernelInstance<Kernel3<Float, float[], float[]>> SAXPY = Geobacter.kernelInstance(GpuKernels::saxpy);

  @Test
  void residentLaunchesGiveTheResultsOfCopyingLaunches() throws Exception {
    Gpus.assumeGpu();
    int n = 1_000_003;
    Random random = new Random(11);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextFloat();
      y[i] = random.nextFloat();
    }
    float[] yCopied = y.clone();
    float[] yBefore = y.clone();
    try (Device gpu = Device.byName("cuda:0")) {
      for (int step = 0; step < 20; step++) gpu.launch(SAXPY, Grid.of(n, 256), 0.25f, x, yCopied);
      try (ResidentArrays resident = gpu.keepResident(x, y)) {
        CompletableFuture<Void> last = null;
        for (int step = 0; step < 10; step++) gpu.launch(SAXPY, Grid.of(n, 256), 0.25f, x, y);
        for (int step = 0; step < 10; step++) last = gpu.launchAsync(SAXPY, Grid.of(n, 256), 0.25f, x, y);
        last.get(60, TimeUnit.SECONDS);
        assertArrayEquals(yBefore, y, "launches leave a resident Java array alone");
      }
    }
    assertArrayEquals(yCopied, y, "close copies back the device copy");
  }

  @Test
  void downloadAndUploadSyncExplicitly() {
    Gpus.assumeGpu();
    float[] x = new float[4096];
    float[] y = new float[4096];
    java.util.Arrays.fill(x, 1f);
    try (Device gpu = Device.byName("cuda:0"); ResidentArrays resident = gpu.keepResident(x, y)) {
      gpu.launch(SAXPY, Grid.of(4096, 256), 3f, x, y);
      resident.download(y);
      assertEquals(3f, y[4095]);
      java.util.Arrays.fill(x, 10f);
      gpu.launch(SAXPY, Grid.of(4096, 256), 1f, x, y);
      resident.download(y);
      assertEquals(4f, y[0], "the device copy of x is unchanged until uploaded");
      resident.upload(x);
      gpu.launch(SAXPY, Grid.of(4096, 256), 1f, x, y);
      resident.download(y);
      assertEquals(14f, y[0]);
    }
  }

  @Test
  void everyArrayKindResidentAgreesWithCopying() {
    Gpus.assumeGpu();
    KernelInstance<Kernel8<boolean[], byte[], char[], short[], long[], float[], Long, Double>> arrays =
        Geobacter.kernelInstance(GpuKernels::arrays);
    ArrayKinds copied = ArrayKinds.random(3000, 5);
    ArrayKinds resident = copied.copy();
    try (Device gpu = Device.byName("cuda:0")) {
      for (int step = 0; step < 3; step++) copied.launch(gpu, arrays);
      try (ResidentArrays kept = gpu.keepResident(resident.all())) {
        for (int step = 0; step < 3; step++) resident.launch(gpu, arrays);
      }
    }
    resident.assertSameAs(copied);
  }
}
