package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void theSameSeedGivesTheSameValues() {
    assertArrayEquals(Inputs.uniform(100, 9, -1f, 1f), Inputs.uniform(100, 9, -1f, 1f));
    assertFalse(Arrays.equals(Inputs.uniform(100, 9, -1f, 1f), Inputs.uniform(100, 10, -1f, 1f)));
  }

  @Test
  void valuesStayInTheirRange() {
    for (float v : Inputs.uniform(10_000, 1, -1f, 1f)) assertTrue(v >= -1f && v < 1f, "out of range: " + v);
    float[] bodies = Inputs.bodies(1000, 2);
    for (int i = 0; i < 1000; i++) {
      float mass = bodies[4 * i + 3];
      assertTrue(mass >= 0.5f / 1000 && mass <= 1.5f / 1000, "mass " + mass);
    }
    float[] vel = Inputs.velocities(1000, 3);
    for (int i = 0; i < 1000; i++) assertTrue(vel[4 * i + 3] == 0f && Math.abs(vel[4 * i]) <= 0.1f);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Inputs.uniform(-1, 0, 0f, 1f));
    assertThrows(IllegalArgumentException.class, () -> Inputs.uniform(1, 0, 1f, 1f));
  }
}
