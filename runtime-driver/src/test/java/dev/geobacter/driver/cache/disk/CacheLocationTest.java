package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheLocationTest {
  private static CacheLocation resolve(Map<String, String> properties, Map<String, String> env) {
    return CacheLocation.resolve(properties::get, env::get);
  }

  @Test
  void defaultsToDotCacheInHome() {
    CacheLocation location = resolve(Map.of("user.home", "/home/ada"), Map.of());
    assertEquals(Optional.of(Path.of("/home/ada/.cache/geobacter")), location.directory());
  }

  @Test
  void xdgCacheHomeWins() {
    CacheLocation location = resolve(Map.of("user.home", "/home/ada"), Map.of("XDG_CACHE_HOME", "/var/cache/ada"));
    assertEquals(Optional.of(Path.of("/var/cache/ada/geobacter")), location.directory());
  }

  @Test
  void relativeXdgCacheHomeIsIgnoredAsTheSpecificationSays() {
    CacheLocation location = resolve(Map.of("user.home", "/home/ada"), Map.of("XDG_CACHE_HOME", "cache"));
    assertEquals(Optional.of(Path.of("/home/ada/.cache/geobacter")), location.directory());
  }

  @Test
  void systemPropertyOverridesEverything() {
    CacheLocation location = resolve(Map.of("user.home", "/home/ada", DiskCache.DIRECTORY_PROPERTY, "/tmp/kernels"),
        Map.of("XDG_CACHE_HOME", "/var/cache/ada"));
    assertEquals(Optional.of(Path.of("/tmp/kernels")), location.directory());
  }

  @Test
  void relativeSystemPropertyIsMadeAbsolute() {
    CacheLocation location = resolve(Map.of(DiskCache.DIRECTORY_PROPERTY, "build/kernels"), Map.of());
    assertEquals(Optional.of(Path.of("build/kernels").toAbsolutePath()), location.directory());
  }

  @Test
  void falseTurnsTheDiskCacheOffQuietly() {
    CacheLocation location = resolve(Map.of(DiskCache.ENABLED_PROPERTY, "FALSE", DiskCache.DIRECTORY_PROPERTY, "/x"),
        Map.of());
    assertEquals(Optional.empty(), location.directory());
    assertEquals("", location.reason());
  }

  @Test
  void noHomeMeansMemoryOnlyWithAReason() {
    CacheLocation location = resolve(Map.of("user.home", "?"), Map.of());
    assertEquals(Optional.empty(), location.directory());
    assertTrue(location.reason().contains("-D" + DiskCache.DIRECTORY_PROPERTY), location.reason());
  }
}
