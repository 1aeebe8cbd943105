package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.KernelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Launch arguments are checked against the kernel's descriptor, naming the parameter at fault. */
class LaunchArgumentsTest {
  private static Device jvm;

  @BeforeAll
  static void open() {
    jvm = Device.byName("jvm");
  }

  @AfterAll
  static void close() {
    jvm.close();
  }

  @Test
  void nullArrayIsNamed() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> jvm.launch(Geobacter.kernelInstance(DriverTestKernels::addScaled), Grid.of(4, 4), 1f, null, new float[4]));
    assertEquals("argument 2 ('x', float[]) of kernel dev.geobacter.driver.DriverTestKernels.addScaled(F[F[F)V "
        + "is null; pass a float[] array", thrown.getMessage());
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void wrongBoxedTypeThroughRawTypeIsNamed() {
    KernelInstance raw = Geobacter.kernelInstance(DriverTestKernels::addScaled);
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> jvm.launch(raw, Grid.of(4, 4), 1.0, new float[4], new float[4]));
    assertEquals("argument 1 ('scale', float) of kernel dev.geobacter.driver.DriverTestKernels.addScaled(F[F[F)V "
        + "must be a java.lang.Float (for a parameter of type float), was a java.lang.Double", thrown.getMessage());
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void wrongArrayTypeIsNamed() {
    KernelInstance raw = Geobacter.kernelInstance(DriverTestKernels::addScaled);
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> jvm.launch(raw, Grid.of(4, 4), 1f, new float[4], new double[4]));
    assertEquals("argument 3 ('y', float[]) of kernel dev.geobacter.driver.DriverTestKernels.addScaled(F[F[F)V "
        + "must be a float[] (for a parameter of type float[]), was a double[]", thrown.getMessage());
  }

  @Test
  void wrongArgumentCountIsReported() {
    KernelInstance<Kernel2<Float, float[]>> forged =
        Geobacter.compiledKernel(DriverTestKernels.class, "addScaled", "(F[F[F)V");
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> jvm.launch(forged, Grid.of(4, 4), 1f, new float[4]));
    assertEquals("kernel dev.geobacter.driver.DriverTestKernels.addScaled(F[F[F)V takes 3 arguments, launch was "
        + "given 2", thrown.getMessage());
  }
}
