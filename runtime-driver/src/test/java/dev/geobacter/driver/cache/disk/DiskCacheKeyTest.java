package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiskCacheKeyTest {
  private static final DiskCacheKey KEY = new DiskCacheKey("ab12", "sm_90", "O3", "geobacter 0.1.0/LLVM 20.1.7");

  @Test
  void fileNameIsTheSha256OfTheWholeKey() {
    assertTrue(KEY.fileName().matches("[0-9a-f]{64}\\.gbk"), KEY.fileName());
    assertEquals(KEY.fileName(), new DiskCacheKey("ab12", "sm_90", "O3", "geobacter 0.1.0/LLVM 20.1.7").fileName());
  }

  @Test
  void everyComponentChangesTheFileName() {
    Set<String> names = new HashSet<>();
    names.add(KEY.fileName());
    names.add(new DiskCacheKey("ab13", "sm_90", "O3", "geobacter 0.1.0/LLVM 20.1.7").fileName());
    names.add(new DiskCacheKey("ab12", "sm_89", "O3", "geobacter 0.1.0/LLVM 20.1.7").fileName());
    names.add(new DiskCacheKey("ab12", "sm_90", "O2", "geobacter 0.1.0/LLVM 20.1.7").fileName());
    names.add(new DiskCacheKey("ab12", "sm_90", "O3", "geobacter 0.1.1/LLVM 20.1.7").fileName());
    assertEquals(5, names.size());
  }

  @Test
  void componentBoundariesAreUnambiguous() {
    DiskCacheKey a = new DiskCacheKey("ab", "c", "", "v");
    DiskCacheKey b = new DiskCacheKey("a", "bc", "", "v");
    assertNotEquals(a.fileName(), b.fileName());
  }

  @Test
  void encodingRoundTrips() throws Exception {
    DiskCacheKey unicode = new DiskCacheKey("ff00", "x86_64-linux/znver3", "bounds=true,div=true,O3", "größe 1.0 ✓");
    assertEquals(unicode, DiskCacheKey.decode(unicode.encoded()));
  }

  @Test
  void blankComponentsAreRefusedButOptionsMayBeEmpty() {
    assertThrows(IllegalArgumentException.class, () -> new DiskCacheKey(" ", "sm_90", "", "v"));
    assertThrows(IllegalArgumentException.class, () -> new DiskCacheKey("ab", "", "", "v"));
    assertThrows(IllegalArgumentException.class, () -> new DiskCacheKey("ab", "sm_90", "", ""));
    assertThrows(NullPointerException.class, () -> new DiskCacheKey("ab", "sm_90", null, "v"));
    assertEquals("", new DiskCacheKey("ab", "sm_90", "", "v").options());
  }

  @Test
  void decodingRejectsTrailingBytesAndTruncation() {
    byte[] encoded = KEY.encoded();
    byte[] longer = java.util.Arrays.copyOf(encoded, encoded.length + 1);
    byte[] shorter = java.util.Arrays.copyOf(encoded, encoded.length - 1);
    assertTrue(assertThrows(RejectedEntryException.class, () -> DiskCacheKey.decode(longer)).getMessage()
        .contains("extra bytes"));
    assertThrows(RejectedEntryException.class, () -> DiskCacheKey.decode(shorter));
  }

  @Test
  void keyOfAGraphUsesItsHash() {
    MethodInfo entry = MethodInfo.newBuilder().setOwner(DiskCacheKeyTest.class.getName()).setName("k")
        .setDesc("()V").build();
    byte[] hash = new byte[32];
    hash[0] = 0x7f;
    KernelGraph graph = new KernelGraph(Geobacter.compiledKernel(DiskCacheKeyTest.class, "k", "()V"),
        List.of(new KernelMethod(entry, "DiskCacheKeyTest.java", "test")), Map.of(), hash);

    DiskCacheKey key = DiskCacheKey.of(graph, "host", "O3", "v1");

    assertEquals(graph.hashHex(), key.graphHash());
    assertTrue(key.toString().startsWith("graph 7f0000000000 for host"), key.toString());
  }
}
