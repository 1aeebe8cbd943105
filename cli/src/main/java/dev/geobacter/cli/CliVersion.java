package dev.geobacter.cli;

import dev.geobacter.metadata.SidecarFormat;
import picocli.CommandLine.IVersionProvider;

/** {@code geobacter --version}: the build's version (from the jar manifest) and the sidecar schema it reads. */
final class CliVersion implements IVersionProvider {
  static String version() {
    String version = GeobacterCli.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"geobacter " + version() + ", sidecar schema " + SidecarFormat.SCHEMA_VERSION,
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }
}
