package dev.geobacter.driver.cache.disk;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the disk cache lives and whether it is on, from system properties and the environment:
 * {@value DiskCache#ENABLED_PROPERTY}{@code =false} turns it off; otherwise the directory is
 * {@value DiskCache#DIRECTORY_PROPERTY} if set, else {@code $XDG_CACHE_HOME/geobacter} (when that is
 * an absolute path, as the XDG base directory specification requires), else
 * {@code ~/.cache/geobacter}.
 *
 * @param directory the cache directory; empty when the cache is off
 * @param reason why the cache is off (empty when it is on, or turned off on purpose)
 */
record CacheLocation(Optional<Path> directory, String reason) {
  static CacheLocation fromSystem() {
    return resolve(System::getProperty, System::getenv);
  }

  /** @param property reads a system property, {@code env} an environment variable; both may return null */
  static CacheLocation resolve(UnaryOperator<String> property, UnaryOperator<String> env) {
    if ("false".equalsIgnoreCase(trimmed(property.apply(DiskCache.ENABLED_PROPERTY)))) {
      return new CacheLocation(Optional.empty(), "");
    }
    String explicit = trimmed(property.apply(DiskCache.DIRECTORY_PROPERTY));
    if (!explicit.isEmpty()) {
      return at(explicit, "-D" + DiskCache.DIRECTORY_PROPERTY);
    }
    String xdg = trimmed(env.apply("XDG_CACHE_HOME"));
    if (!xdg.isEmpty() && isAbsolute(xdg)) return at(xdg, "XDG_CACHE_HOME").child("geobacter");
    String home = trimmed(property.apply("user.home"));
    if (home.isEmpty() || home.equals("?")) {
      return new CacheLocation(Optional.empty(), "no cache directory: user.home is not set; set -D"
          + DiskCache.DIRECTORY_PROPERTY + "=DIR");
    }
    return at(home, "user.home").child(".cache").child("geobacter");
  }

  private static CacheLocation at(String path, String source) {
    try {
      return new CacheLocation(Optional.of(Path.of(path).toAbsolutePath().normalize()), "");
    } catch (InvalidPathException e) {
      return new CacheLocation(Optional.empty(), "the cache directory '" + path + "' from " + source
          + " is not a valid path (" + e.getReason() + ")");
    }
  }

  private CacheLocation child(String name) {
    return new CacheLocation(directory.map(dir -> dir.resolve(name)), reason);
  }

  private static boolean isAbsolute(String path) {
    try {
      return Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
