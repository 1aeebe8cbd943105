package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.testkit.InProcessJavac;
import com.google.protobuf.TextFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sidecar of a small kernel, as text: the contract with the driver and codegen, reviewed as a
 * whole. On a mismatch the actual text is written to target/golden-actual/; after reviewing the
 * change, copy it over the golden file or run with -Dgolden.update=true.
 */
class GoldenSidecarTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/Saxpy.textproto");
  private static final Path ACTUAL = Path.of("target/golden-actual/Saxpy.textproto");

  private static final String SAXPY = """
      package golden;

      import dev.geobacter.Geobacter;
      import dev.geobacter.Gpu;

      public final class Saxpy {
        static final float BIAS = 0.5f;

        static void saxpy(float a, float[] x, float[] y, short n) {
          int i = Gpu.globalId(0);
          if (i < n) y[i] += a * x[i] + BIAS;
        }

        static Object kernel() {
          return Geobacter.kernelInstance(Saxpy::saxpy);
        }
      }
      """;

  @Test
  void saxpySidecarMatchesTheGoldenText() throws IOException {
    ClassSidecar sidecar = new InProcessJavac().source("golden/Saxpy.java", SAXPY).compile().requireClean()
        .sidecar("golden.Saxpy");
    String actual = TextFormat.printer().printToString(sidecar);
    if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Files.createDirectories(ACTUAL.getParent());
      Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "sidecar differs from " + GOLDEN + "; actual text in " + ACTUAL
        + " (mvn -pl javac-plugin test -Dtest=GoldenSidecarTest -Dgolden.update=true accepts it)");
  }
}
