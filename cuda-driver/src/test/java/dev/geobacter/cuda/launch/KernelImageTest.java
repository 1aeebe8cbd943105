package dev.geobacter.cuda.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.FailureSites;
import dev.geobacter.codegen.SourcePosition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disk cache's payload for a CUDA kernel: what goes in comes out, anything else is refused. */
class KernelImageTest {
  private static final KernelImage IMAGE = new KernelImage("geobacter_saxpy_0123",
      FailureSites.of(List.of(new SourcePosition("demo.Saxpy", "saxpy", "Saxpy.java", 7, 19),
          new SourcePosition("demo.Saxpy", "helper", "", 12, 3))),
      new byte[] {0x7f, 'E', 'L', 'F', 1, 2, 3});

  @Test
  void roundTrips() {
    KernelImage decoded = KernelImage.decode(IMAGE.encode());
    assertEquals(IMAGE.entrySymbol(), decoded.entrySymbol());
    assertEquals(IMAGE.failureSites().positions(), decoded.failureSites().positions());
    assertArrayEquals(IMAGE.cubin(), decoded.cubin());
    assertEquals("Saxpy.saxpy(Saxpy.java:7)", decoded.failureSites().position(0).toString());
  }

  @Test
  void truncatedOrForeignBytesAreRefused() {
    byte[] encoded = IMAGE.encode();
    for (int length : new int[] {0, 3, 8, encoded.length / 2, encoded.length - 1}) {
      byte[] cut = Arrays.copyOf(encoded, length);
      assertThrows(IllegalArgumentException.class, () -> KernelImage.decode(cut), "accepted " + length + " bytes");
    }
    byte[] foreign = encoded.clone();
    foreign[0] ^= 1;
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> KernelImage.decode(foreign));
    assertTrue(error.getMessage().contains("not a CUDA kernel image"), error.getMessage());
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    assertThrows(IllegalArgumentException.class, () -> KernelImage.decode(longer));
  }
}
