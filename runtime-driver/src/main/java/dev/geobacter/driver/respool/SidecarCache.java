package dev.geobacter.driver.respool;

import dev.geobacter.KernelLoadException;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * Parsed sidecars, one per top-level class, found through the class's own loader. Held in a
 * {@link ClassValue}, so an entry goes away with its class and loader. A sidecar that cannot be read
 * is not cached: every later request reads it again and reports the same error.
 */
public final class SidecarCache {
  private final Entries entries = new Entries();

  /** The sidecar of {@code topLevel} (a top-level class), or an absent marker if it has none. */
  LoadedSidecar get(Class<?> topLevel) {
    return entries.get(topLevel);
  }

  private static final class Entries extends ClassValue<LoadedSidecar> {
    @Override
    protected LoadedSidecar computeValue(Class<?> type) {
      return load(type);
    }
  }

  private static LoadedSidecar load(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) return LoadedSidecar.absent(type.getName());
    URL url = loader.getResource(SidecarFormat.resourcePath(type.getName()));
    if (url == null) return LoadedSidecar.absent(type.getName());
    String origin = url.toString();
    ClassSidecar sidecar;
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false); // a rebuilt jar at the same path must not be read from a stale cache
      try (InputStream in = connection.getInputStream()) {
        sidecar = SidecarFormat.read(in, origin);
      }
    } catch (IOException e) {
      throw unusable(type, new SidecarException(SidecarException.Reason.UNREADABLE, origin, String.valueOf(e), e));
    } catch (SidecarException e) {
      throw unusable(type, e);
    }
    if (!sidecar.getBinaryName().equals(type.getName())) {
      throw unusable(type, new SidecarException(SidecarException.Reason.CORRUPT, origin,
          "it describes class '" + sidecar.getBinaryName() + "', expected " + type.getName()));
    }
    return LoadedSidecar.of(sidecar, origin);
  }

  static KernelLoadException unusable(Class<?> type, SidecarException e) {
    return new KernelLoadException("cannot use the Geobacter sidecar of class " + type.getName() + " (in "
        + ClassLocations.of(type) + "): " + e.getMessage() + ". Rebuild that jar or directory with the "
        + "javac plugin of this Geobacter version (-Xplugin:Geobacter, see BUILD.md).", e);
  }
}
