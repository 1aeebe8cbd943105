package dev.geobacter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.geobacter.metadata.proto.ClassSidecar;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Damaged files are a {@link SidecarException}, never another exception, an Error or a hang. */
class SidecarCorruptionTest {
  private static final byte[] FILE = SidecarFormat.write(SampleSidecars.saxpy());

  @Test
  void everyTruncationIsCorrupt() {
    for (int length = 0; length < FILE.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(FILE, length);
      SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(prefix, "test"),
          "prefix of " + length + " bytes");
      assertEquals(SidecarException.Reason.CORRUPT, e.reason(), "prefix of " + length + " bytes");
      assertEquals("test", e.origin());
    }
  }

  @Test
  void everySingleBitFlipIsRejected() {
    Set<SidecarException.Reason> seen = EnumSet.noneOf(SidecarException.Reason.class);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (int bit = 0; bit < FILE.length * 8; bit++) {
        byte[] damaged = FILE.clone();
        damaged[bit / 8] ^= (byte) (1 << (bit % 8));
        seen.add(readExpectingFailure(damaged, "bit " + bit).reason());
      }
    });
    assertEquals(EnumSet.of(SidecarException.Reason.CORRUPT, SidecarException.Reason.UNKNOWN_VERSION), seen);
  }

  /**
   * Flips behind a recomputed checksum reach the protobuf parser itself: each gives a sidecar (the
   * flip made another valid message) or a SidecarException, never anything else.
   */
  @Test
  void bitFlipsBehindAValidChecksumNeverEscapeAsOtherExceptions() {
    byte[] payload = Frames.payload(FILE);
    int[] parsed = new int[2];
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int bit = 0; bit < payload.length * 8; bit++) {
        byte[] damaged = payload.clone();
        damaged[bit / 8] ^= (byte) (1 << (bit % 8));
        try {
          SidecarFormat.read(Frames.frame(SidecarFormat.SCHEMA_VERSION, damaged), "test");
          parsed[0]++;
        } catch (SidecarException e) {
          assertEquals(SidecarException.Reason.CORRUPT, e.reason(), e.getMessage());
          parsed[1]++;
        } catch (RuntimeException | Error e) {
          fail("bit " + bit + " escaped as " + e, e);
        }
      }
    });
    // Both outcomes occur, so the loop really exercised the parser.
    assertEquals(payload.length * 8, parsed[0] + parsed[1]);
    if (parsed[0] == 0 || parsed[1] == 0) fail("only one outcome: " + parsed[0] + " parsed, " + parsed[1] + " rejected");
  }

  @Test
  void payloadThatIsNotASidecarIsCorrupt() {
    byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    SidecarException e = readExpectingFailure(Frames.frame(SidecarFormat.SCHEMA_VERSION, garbage), "garbage");
    assertEquals(SidecarException.Reason.CORRUPT, e.reason());
  }

  @Test
  void payloadVersionDisagreeingWithTheHeaderIsCorrupt() {
    byte[] payload = ClassSidecar.newBuilder().setSchemaVersion(7).setBinaryName("a.B").build().toByteArray();
    SidecarException e = readExpectingFailure(Frames.frame(SidecarFormat.SCHEMA_VERSION, payload), "mixed");
    assertEquals(SidecarException.Reason.CORRUPT, e.reason());
    assertEquals("corrupt Geobacter sidecar test: payload schema version 7 disagrees with the header", e.getMessage());
  }

  @Test
  void lengthFieldLargerThanTheFileIsCorrupt() {
    byte[] payload = Frames.payload(FILE);
    byte[] file = Frames.frame(SidecarFormat.SCHEMA_VERSION, Integer.MAX_VALUE, Frames.crc(payload), payload);
    assertEquals(SidecarException.Reason.CORRUPT, readExpectingFailure(file, "long").reason());
    byte[] negative = Frames.frame(SidecarFormat.SCHEMA_VERSION, -1, Frames.crc(payload), payload);
    assertEquals(SidecarException.Reason.CORRUPT, readExpectingFailure(negative, "negative").reason());
  }

  static SidecarException readExpectingFailure(byte[] file, String what) {
    try {
      ClassSidecar sidecar = SidecarFormat.read(file, "test");
      throw new AssertionError(what + ": read succeeded: " + sidecar.getBinaryName());
    } catch (SidecarException e) {
      return e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": escaped as " + e, e);
    }
  }
}
