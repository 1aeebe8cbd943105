package dev.geobacter.testkit;

/**
 * Sources of a small library, {@code lib.Helpers}, that kernels in other jars call: the version a
 * kernel may run, and variants with the same signatures whose code a kernel may not run (which
 * only a check across jars can see). Tests compile it into its own jar, as a user's build would.
 */
public final class HelperLibrary {
  private HelperLibrary() {}

  /** Where {@code lib.Helpers}' sidecar lies in a jar compiled with the plugin. */
  public static final String SIDECAR = "META-INF/geobacter/lib/Helpers.gbm";

  /** The path to compile each source under. */
  public static final String SOURCE_PATH = "lib/Helpers.java";

  /** {@code scale(float a, float x)}: {@code a * x} plus a bias from a nested class. */
  public static final String HELPERS = """
      package lib;

      public final class Helpers {
        private Helpers() {}

        public static float scale(float a, float x) {
          return a * x + Nested.bias(x);
        }

        public static final class Nested {
          private Nested() {}

          static float bias(float x) {
            return x > 100f ? 1f : 0f;
          }
        }
      }
      """;

  /** Same signatures; the nested helper allocates an object, which kernel code may not. */
  public static final String ALLOCATING = """
      package lib;

      public final class Helpers {
        private Helpers() {}

        public static float scale(float a, float x) {
          return a * x + Nested.bias(x);
        }

        public static final class Nested {
          private Nested() {}

          static float bias(float x) {
            Object box = new Object();
            return x > 100f ? 1f : 0f;
          }
        }
      }
      """;

  /** Same signatures; the helper calls a JDK method that devices do not have. */
  public static final String CALLING_THE_JDK = """
      package lib;

      public final class Helpers {
        private Helpers() {}

        public static float scale(float a, float x) {
          return a * x + (float) Math.random();
        }
      }
      """;
}
