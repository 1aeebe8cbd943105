package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where sidecars go, when they are written, and that they are deterministic and readable. */
class SidecarOutputTest {
  private static final String OUTER = """
      package app;

      public class Outer {
        static int twice(int x) { return 2 * x; }

        static final class Inner {
          static int thrice(int x) { return 3 * x; }
          Inner() {}
        }

        interface Shape { double area(); }

        static Runnable anonymous() {
          return new Runnable() {
            @Override public void run() { twice(1); }
          };
        }

        static int last(int x) { return x; }
      }

      class Sibling {
        static void helper() {}
      }
      """;

  @Test
  void oneSidecarPerTopLevelClassWithNestedMethodsInSourceOrder() {
    CompilationResult result = new InProcessJavac().source("app/Outer.java", OUTER).compile().requireClean();
    ClassSidecar outer = result.sidecar("app.Outer");
    assertEquals(SidecarFormat.SCHEMA_VERSION, outer.getSchemaVersion());
    assertEquals("app.Outer", outer.getBinaryName());
    assertEquals("Outer.java", outer.getSourceFile());
    assertEquals(List.of("app.Outer.<init>", "app.Outer.twice", "app.Outer$Inner.thrice", "app.Outer$Inner.<init>",
            "app.Outer.anonymous", "app.Outer$1.<init>", "app.Outer$1.run", "app.Outer.last"),
        outer.getMethodsList().stream().map(m -> m.getOwner() + "." + m.getName()).collect(Collectors.toList()));
    assertTrue(outer.getMethodsList().stream().allMatch(MethodHashes::verify));
    assertFalse(Files.exists(result.sidecarPath("app.Outer$Inner")));
    assertEquals(List.of("app.Sibling.<init>", "app.Sibling.helper"), result.sidecar("app.Sibling").getMethodsList()
        .stream().map(m -> m.getOwner() + "." + m.getName()).collect(Collectors.toList()));
  }

  @Test
  void packageInfoAndInterfacesWithoutBodiesNeedNoSidecarContent() {
    CompilationResult result = new InProcessJavac()
        .source("app/package-info.java", "/** Docs. */\npackage app;\n")
        .source("app/Api.java", "package app;\npublic interface Api { int f(int x); }\n")
        .compile().requireClean();
    assertFalse(Files.exists(result.sidecarPath("app.package-info")));
    assertEquals(0, result.sidecar("app.Api").getMethodsCount());
  }

  @Test
  void namedModulesCompileWithTheirSidecars() {
    CompilationResult result = new InProcessJavac()
        .source("module-info.java", "module demo { exports app; }\n")
        .source("app/M.java", "package app;\npublic class M { public static int f(int x) { return x * 2; } }\n")
        .compile().requireClean();
    assertEquals(List.of("<init>", "f"), result.sidecar("app.M").getMethodsList().stream()
        .map(MethodInfo::getName).collect(Collectors.toList()));
    assertFalse(Files.exists(result.sidecarPath("module-info")));
  }

  @Test
  void twoCompilationsGiveByteIdenticalSidecars() throws IOException {
    InProcessJavac compilation = new InProcessJavac().source("app/Outer.java", OUTER).source("app/More.java", """
        package app;

        final class More {
          static float mix(float a, double b, byte c, char d) {
            float[] xs = {1, 2, c};
            for (float x : xs) a += x * b + d;
            return a > 0 ? a : -a;
          }
        }
        """);
    CompilationResult first = compilation.compile().requireClean();
    CompilationResult second = compilation.compile().requireClean();
    List<Path> sidecars = sidecarFiles(first.output());
    assertEquals(3, sidecars.size());
    for (Path sidecar : sidecars) {
      Path relative = first.output().relativize(sidecar);
      assertArrayEquals(Files.readAllBytes(sidecar), Files.readAllBytes(second.output().resolve(relative)),
          () -> relative + " differs between two compilations");
    }
  }

  @Test
  void sidecarRoundTripsThroughTheReader() throws Exception {
    CompilationResult result = new InProcessJavac().source("app/Outer.java", OUTER).compile().requireClean();
    byte[] bytes = Files.readAllBytes(result.sidecarPath("app.Outer"));
    ClassSidecar read = SidecarFormat.read(bytes, "Outer.gbm");
    assertArrayEquals(bytes, SidecarFormat.write(read));
  }

  @Test
  void compileErrorWritesNothing() {
    CompilationResult result = new InProcessJavac()
        .source("app/Bad.java", "package app;\nclass Bad { static int f() { return \"no\"; } }\n")
        .source("app/Good.java", "package app;\nclass Good { static int f() { return 1; } }\n")
        .compile();
    assertFalse(result.success());
    assertFalse(result.errors().stream().anyMatch(d -> d.getMessage(null).contains("GB0")),
        result.describeDiagnostics());
    assertFalse(Files.exists(result.sidecarPath("app.Bad")));
    assertFalse(Files.exists(result.sidecarPath("app.Good")));
    assertFalse(Files.exists(result.output().resolve("app/Good.class")));
  }

  @Test
  void sidecarsFollowTheClassFilesJavacStillWrote() {
    // javac generates each class as soon as it is analysed: one compiled before the error is written
    CompilationResult result = new InProcessJavac()
        .source("app/Good.java", "package app;\nclass Good { static int f() { return 1; } }\n")
        .source("app/Bad.java", "package app;\nclass Bad { static int f() { return \"no\"; } }\n")
        .compile();
    assertFalse(result.success());
    assertEquals(Files.exists(result.output().resolve("app/Good.class")), Files.exists(result.sidecarPath("app.Good")));
    assertFalse(Files.exists(result.sidecarPath("app.Bad")));
  }

  @Test
  void unwritableSidecarIsGb006() throws IOException {
    Path output = Files.createTempDirectory(Files.createDirectories(Path.of("target", "compilations")), "unwritable");
    Files.createDirectories(output.resolve("META-INF"));
    Files.writeString(output.resolve("META-INF/geobacter"), "a file where the sidecar directory should be");
    CompilationResult result = new InProcessJavac()
        .source("app/A.java", "package app;\nclass A { static int f() { return 1; } }\n")
        .compileInto(output);
    assertFalse(result.success());
    assertEquals(1, result.errors().size(), result.describeDiagnostics());
    String message = result.errors().get(0).getMessage(null);
    assertTrue(message.startsWith("[GB006] cannot write the Geobacter sidecar META-INF/geobacter/app/A.gbm of app.A"),
        message);
  }

  @Test
  void tooDeepBodyBecomesOneUnsupportedStatementInAReadableSidecar() {
    String deep = "1" + " + x".repeat(300);
    CompilationResult result = new InProcessJavac().source("app/Deep.java", "package app;\n\nclass Deep {\n"
            + "  static int deep(int x) {\n    return " + deep + ";\n  }\n"
            + "  static int shallow(int x) { return x + 1; }\n}\n")
        .compile().requireClean();
    MethodInfo deepMethod = result.method("app.Deep", "deep");
    List<Stmt> statements = deepMethod.getBody().getBlock().getStmtsList();
    assertEquals(1, statements.size());
    assertEquals(UnsupportedKind.TOO_DEEP, statements.get(0).getUnsupported().getKind());
    assertEquals(4, statements.get(0).getLine());
    assertEquals(List.of("I"), deepMethod.getTypesList());
    assertEquals(Stmt.KindCase.RETURN_STMT,
        result.method("app.Deep", "shallow").getBody().getBlock().getStmts(0).getKindCase());
  }

  @Test
  void bodyJustUnderTheLimitIsKept() {
    // a chain of additions nests one Binary per operator, under a Return and a Block
    String chain = "x" + " + x".repeat(SidecarFormat.MAX_TREE_DEPTH - 10);
    MethodInfo m = new InProcessJavac().source("app/D.java", "package app;\nclass D {\n  static int f(int x) { return "
        + chain + "; }\n}\n").compile().requireClean().method("app.D", "f");
    assertEquals(Stmt.KindCase.RETURN_STMT, m.getBody().getBlock().getStmts(0).getKindCase());
  }

  private static List<Path> sidecarFiles(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output.resolve(SidecarFormat.RESOURCE_DIR))) {
      return files.filter(p -> p.toString().endsWith(SidecarFormat.EXTENSION)).sorted().collect(Collectors.toList());
    }
  }
}
