package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

/** The {@code void**} block cuLaunchKernel reads: built once, each entry pointing at its value slot. */
class KernelParametersTest {
  @Test
  void eachEntryPointsAtItsOwnSlot() {
    try (KernelParameters parameters = new KernelParameters(3)) {
      for (int i = 0; i < 3; i++) assertEquals(parameters.valueAddress(i), parameters.slotAddress(i));
      assertEquals(8, parameters.valueAddress(1) - parameters.valueAddress(0));
    }
  }

  @Test
  void valuesAreStoredInPlaceAsTheDriverReadsThem() {
    try (KernelParameters parameters = new KernelParameters(5)) {
      parameters.setInt(0, -2);
      parameters.setFloat(1, 1.5f);
      parameters.setLong(2, 1L << 40);
      parameters.setDouble(3, -0.25);
      parameters.setAddress(4, 0x7f00_0000_1000L);
      Pointer slot0 = new Pointer(parameters.slotAddress(0));
      assertEquals(-2, slot0.getInt(0), "an int is the slot's first 4 bytes");
      assertEquals(1.5f, new Pointer(parameters.slotAddress(1)).getFloat(0));
      assertEquals(1L << 40, new Pointer(parameters.slotAddress(2)).getLong(0));
      assertEquals(-0.25, new Pointer(parameters.slotAddress(3)).getDouble(0));
      assertEquals(0x7f00_0000_1000L, parameters.rawValue(4));
      parameters.setInt(0, 7);
      assertEquals(7, slot0.getInt(0), "rewriting reuses the same slot");
      assertEquals(0, slot0.getInt(4), "an int leaves no stale high bytes");
    }
  }

  @Test
  void indexesOutsideTheKernelsParametersAreRejected() {
    try (KernelParameters parameters = new KernelParameters(2)) {
      assertThrows(IndexOutOfBoundsException.class, () -> parameters.setInt(2, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> parameters.setLong(-1, 0));
    }
  }
}
