package dev.geobacter.fuzz.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchInputsTest {
  private static final KernelClass KERNEL = new KernelClass("fuzz.K",
      Geobacter.compiledKernel(LaunchInputsTest.class, "kernel", "(I[F[Z[D)V"), List.of(1.0, 2.5, 1.0));

  @Test
  void sameSeedSameInputsAndCopiesShareNoArray() {
    LaunchInputs a = LaunchInputs.create(9, KERNEL);
    LaunchInputs b = LaunchInputs.create(9, KERNEL);
    assertEquals(a.launchSize(), b.launchSize());
    Object[] x = a.copy();
    Object[] y = b.copy();
    assertEquals(x[0], y[0]);
    assertArrayEquals((float[]) x[1], (float[]) y[1]);
    assertArrayEquals((boolean[]) x[2], (boolean[]) y[2]);
    assertNotSame(a.copy()[1], a.copy()[1]);
  }

  @Test
  void countFitsTheLaunchAndArraysFitTheirUse() {
    for (long seed = 0; seed < 100; seed++) {
      LaunchInputs inputs = LaunchInputs.create(seed, KERNEL);
      Object[] args = inputs.arguments();
      int count = (Integer) args[0];
      assertTrue(count >= 1 && count <= inputs.launchSize(), "count " + count);
      assertTrue(inputs.launchSize() >= 4 && inputs.launchSize() <= 16);
      assertTrue(((float[]) args[1]).length >= Math.max(16, inputs.launchSize()));
      assertEquals(inputs.launchSize() * 3, ((double[]) args[3]).length, "one approx slot per bound and work-item");
      assertEquals(1, inputs.grid().totalGroups(), "one work-group: work-items run in order");
    }
  }
}
