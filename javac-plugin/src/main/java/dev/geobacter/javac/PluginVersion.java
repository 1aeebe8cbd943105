package dev.geobacter.javac;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, from the properties file the build writes into the jar. */
final class PluginVersion {
  private static final String RESOURCE = "geobacter-plugin.properties";

  private PluginVersion() {}

  static String get() {
    try (InputStream in = PluginVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return "(unknown version)";
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    } catch (IOException e) {
      return "(unknown version)";
    }
  }
}
