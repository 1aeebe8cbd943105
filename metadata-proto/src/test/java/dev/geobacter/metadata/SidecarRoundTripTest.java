package dev.geobacter.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class SidecarRoundTripTest {
  @Test
  void aRealisticSidecarSurvivesWriteAndRead() throws SidecarException {
    ClassSidecar sidecar = SampleSidecars.saxpy();
    byte[] file = SidecarFormat.write(sidecar);
    assertEquals(sidecar, SidecarFormat.read(file, "test:Saxpy.gbm"));
    assertEquals(sidecar, SidecarFormat.read(new ByteArrayInputStream(file), "test:Saxpy.gbm"));
    for (MethodInfo method : SidecarFormat.read(file, "test").getMethodsList()) {
      assertTrue(MethodHashes.verify(method), method.getName());
    }
  }

  @Test
  void floatBitsSurviveExactly() throws SidecarException {
    ClassSidecar read = SidecarFormat.read(SidecarFormat.write(SampleSidecars.saxpy()), "test");
    String text = read.toString();
    assertTrue(text.contains("float_bits: 2143289345"), "NaN payload 0x7fc00001 kept"); // 0x7fc00001
    assertTrue(text.contains("float_bits: 2147483648"), "-0.0f kept"); // 0x80000000
  }

  @Test
  void writingIsDeterministic() {
    assertArrayEquals(SidecarFormat.write(SampleSidecars.saxpy()), SidecarFormat.write(SampleSidecars.saxpy()));
  }

  @Test
  void headerCarriesMagicVersionLengthAndChecksum() {
    byte[] file = SidecarFormat.write(SampleSidecars.saxpy());
    byte[] payload = Frames.payload(file);
    assertArrayEquals(Frames.frame(SidecarFormat.SCHEMA_VERSION, payload), file);
  }

  @Test
  void writerRefusesASidecarOfAnotherVersion() {
    ClassSidecar other = SampleSidecars.saxpy().toBuilder().setSchemaVersion(SidecarFormat.SCHEMA_VERSION + 1).build();
    assertThrows(IllegalArgumentException.class, () -> SidecarFormat.write(other));
  }

  @Test
  void resourcePathsAndTopLevelNames() {
    assertEquals("META-INF/geobacter/pkg/Outer.gbm", SidecarFormat.resourcePath("pkg.Outer"));
    assertEquals("META-INF/geobacter/Outer.gbm", SidecarFormat.resourcePath("Outer"));
    assertEquals("pkg.Outer", SidecarFormat.topLevelOf("pkg.Outer$Inner$Deeper"));
    assertEquals("pkg.Outer", SidecarFormat.topLevelOf("pkg.Outer$1"));
    assertEquals("pkg.Outer", SidecarFormat.topLevelOf("pkg.Outer"));
    assertEquals("odd$pkg.Outer", SidecarFormat.topLevelOf("odd$pkg.Outer$Inner"));
  }
}
