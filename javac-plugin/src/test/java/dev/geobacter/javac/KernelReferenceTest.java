package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.KernelInstance;
import dev.geobacter.metadata.proto.MethodRef;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rewrite of kernelInstance(X::m) and its diagnostics GB001-GB005. */
class KernelReferenceTest {
  private static final String KERNELS = """
      package app;

      import dev.geobacter.Gpu;

      public final class Kernels {
        public static void add(float[] a, float[] b) {
          int i = Gpu.globalId(0);
          a[i] += b[i];
        }

        public static final class Nested {
          public static void scale(float s, float[] a) {
            a[Gpu.globalId(0)] *= s;
          }
        }
      }
      """;

  @Test
  void rewritesMethodReferenceIntoConstantWithoutLambda() throws Exception {
    CompilationResult result = new InProcessJavac()
        .source("app/Kernels.java", KERNELS)
        .source("app/Launcher.java", """
            package app;

            import dev.geobacter.Geobacter;
            import dev.geobacter.Kernel2;
            import dev.geobacter.KernelInstance;
            import java.util.List;
            import java.util.function.Supplier;

            public final class Launcher implements Supplier<List<KernelInstance<?>>> {
              @Override
              public List<KernelInstance<?>> get() {
                KernelInstance<Kernel2<float[], float[]>> add = Geobacter.kernelInstance(Kernels::add);
                var scale = Geobacter.kernelInstance((Kernels.Nested::scale));
                return List.of(add, scale);
              }
            }
            """)
        .compile().requireClean();

    ClassFileConstants constants = ClassFileConstants.read(result.output().resolve("app/Launcher.class"));
    assertFalse(constants.tags.contains(ClassFileConstants.INVOKE_DYNAMIC), "an invokedynamic is left");
    assertFalse(constants.utf8.stream().anyMatch(s -> s.contains("LambdaMetafactory") || s.contains("lambda$")));
    assertTrue(constants.utf8.contains("compiledKernel"));
    assertFalse(constants.utf8.contains("kernelInstance"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {result.output().toUri().toURL()},
        KernelInstance.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<KernelInstance<?>>> launcher = (Supplier<List<KernelInstance<?>>>)
          loader.loadClass("app.Launcher").getConstructor().newInstance();
      List<KernelInstance<?>> kernels = launcher.get();
      assertEquals("app.Kernels", kernels.get(0).owner().getName());
      assertEquals("add", kernels.get(0).methodName());
      assertEquals("([F[F)V", kernels.get(0).descriptor());
      assertEquals("app.Kernels$Nested", kernels.get(1).owner().getName());
      assertEquals("scale", kernels.get(1).methodName());
      assertEquals("(F[F)V", kernels.get(1).descriptor());
    }
    assertEquals(List.of(
            MethodRef.newBuilder().setOwner("app.Kernels").setName("add").setDesc("([F[F)V").build(),
            MethodRef.newBuilder().setOwner("app.Kernels$Nested").setName("scale").setDesc("(F[F)V").build()),
        result.sidecar("app.Launcher").getKernelsList());
  }

  @Test
  void rewritesInFieldInitializersLambdasAndWithExplicitTypeArguments() throws Exception {
    CompilationResult result = new InProcessJavac()
        .source("app/Kernels.java", KERNELS)
        .source("app/Holder.java", """
            package app;

            import static dev.geobacter.Geobacter.kernelInstance;

            import dev.geobacter.Geobacter;
            import dev.geobacter.Kernel2;
            import dev.geobacter.KernelInstance;
            import java.util.List;
            import java.util.function.Supplier;

            public final class Holder implements Supplier<List<KernelInstance<?>>> {
              static final KernelInstance<Kernel2<float[], float[]>> ADD = Geobacter.kernelInstance(Kernels::add);
              private final Supplier<KernelInstance<?>> lazy =
                  () -> Geobacter.<Float, float[]>kernelInstance(Kernels.Nested::scale);
              private final Object imported = kernelInstance(Kernels::add);

              @Override
              public List<KernelInstance<?>> get() {
                return List.of(ADD, lazy.get());
              }
            }
            """)
        .compile().requireClean();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {result.output().toUri().toURL()},
        KernelInstance.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<KernelInstance<?>>> holder = (Supplier<List<KernelInstance<?>>>)
          loader.loadClass("app.Holder").getConstructor().newInstance();
      assertEquals("[app.Kernels.add([F[F)V, app.Kernels$Nested.scale(F[F)V]", holder.get().toString());
    }
    assertEquals(2, result.sidecar("app.Holder").getKernelsCount());
    // the lambda stays a lambda, but no call to kernelInstance is left in it or anywhere else
    assertFalse(ClassFileConstants.read(result.output().resolve("app/Holder.class")).utf8.contains("kernelInstance"));
  }

  @Test
  void instanceMethodReferenceIsGb001() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          void instanceKernel(int[] a) {}

          static Object bound(K k) {
            return Geobacter.kernelInstance(k::instanceKernel); // error: [GB001] instanceKernel is an instance method; declare it static and pass it as K::instanceKernel
          }

          static Object unbound() {
            return Geobacter.kernelInstance(K::instanceKernel); // error: [GB001] instanceKernel is an instance method
          }
        }
        """));
  }

  @Test
  void constructorReferenceIsGb002() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          K(int[] a) {}

          static Object constructor() {
            return Geobacter.kernelInstance(K::new); // error: [GB002] not a constructor reference (K::new)
          }
        }
        """));
  }

  @Test
  void lambdaIsGb003() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          static Object lambda() {
            return Geobacter.<int[]>kernelInstance(a -> a[0] = 1); // error: [GB003] needs a method reference, not a lambda
          }
        }
        """));
  }

  @Test
  void variableIsGb004() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;
        import dev.geobacter.Kernel1;

        public final class K {
          static void kernel(int[] a) {}

          static Object variable() {
            Kernel1<int[]> k = K::kernel;
            return Geobacter.kernelInstance(k); // error: [GB004] a variable (k) cannot name a kernel
          }
        }
        """));
  }

  @Test
  void nonVoidMethodIsGb005() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          static int returnsValue(int[] a) {
            return a[0];
          }

          static Object nonVoid() {
            return Geobacter.kernelInstance(K::returnsValue); // error: [GB005] K::returnsValue returns int
          }
        }
        """));
  }

  @Test
  void failedReferenceWritesNoClassAndNoSidecar() {
    CompilationResult result = ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          static void kernel(int[] a) {}
          static Object lambda() {
            return Geobacter.<int[]>kernelInstance(a -> kernel(a)); // error: [GB003]
          }
        }
        """));
    assertFalse(java.nio.file.Files.exists(result.sidecarPath("app.K")));
    assertFalse(java.nio.file.Files.exists(result.output().resolve("app/K.class")));
  }
}
