package dev.geobacter.driver.respool;

import java.net.URL;
import java.security.CodeSource;

/** Where a class was loaded from, for messages: the jar or directory URL, or its loader when unknown. */
final class ClassLocations {
  private ClassLocations() {}

  static String of(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location != null) return location.toString();
    } catch (SecurityException e) {
      // fall through to the loader's name
    }
    ClassLoader loader = type.getClassLoader();
    return loader == null ? "the boot class path" : "class loader " + loader;
  }

  /** Whether {@code type} belongs to the JDK (boot or platform loader), where no sidecar can exist. */
  static boolean isJdk(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    return loader == null || loader == ClassLoader.getPlatformClassLoader();
  }
}
