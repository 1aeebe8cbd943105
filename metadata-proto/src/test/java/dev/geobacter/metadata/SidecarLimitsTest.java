package dev.geobacter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SidecarLimitsTest {
  @Test
  void unknownSchemaVersionSaysToRebuild() {
    byte[] payload = Frames.payload(SidecarFormat.write(SampleSidecars.saxpy()));
    byte[] future = Frames.frame(SidecarFormat.SCHEMA_VERSION + 1, payload);
    SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(future, "jar:lib.jar!/x.gbm"));
    assertEquals(SidecarException.Reason.UNKNOWN_VERSION, e.reason());
    assertEquals("unsupported schema version in Geobacter sidecar jar:lib.jar!/x.gbm: schema version 2, this driver"
        + " reads version 1; rebuild it with the matching javac plugin", e.getMessage());
  }

  @Test
  void versionIsReadAsUnsigned() {
    byte[] file = Frames.frame(-1, new byte[0]);
    SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(file, "x"));
    assertEquals(SidecarException.Reason.UNKNOWN_VERSION, e.reason());
    assertTrue(e.getMessage().contains("schema version 4294967295"), e.getMessage());
  }

  @Test
  void anEndlessStreamIsTooLarge() {
    SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(new Endless(), "endless"));
    assertEquals(SidecarException.Reason.TOO_LARGE, e.reason());
    assertEquals("oversized Geobacter sidecar endless: larger than 64 MiB", e.getMessage());
  }

  @Test
  void anOversizedArrayIsTooLarge() {
    byte[] huge = new byte[SidecarFormat.MAX_SIZE + 1];
    SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(huge, "huge"));
    assertEquals(SidecarException.Reason.TOO_LARGE, e.reason());
  }

  @Test
  void aFailingStreamIsUnreadable() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    SidecarException e = assertThrows(SidecarException.class, () -> SidecarFormat.read(broken, "broken"));
    assertEquals(SidecarException.Reason.UNREADABLE, e.reason());
    assertEquals("cannot read Geobacter sidecar broken: disk on fire", e.getMessage());
  }

  /** Zeros forever, without holding them. */
  private static final class Endless extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      return len;
    }
  }
}
