package dev.geobacter.fuzz;

import dev.geobacter.KernelOptions;
import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.util.List;

/**
 * A device that kills its process, as a native compiler's fatal error does, on every kernel that
 * takes a {@code short[]}, and otherwise refuses to run anything. Available only in JVMs started
 * with {@code -Dgeobacter.fuzz.crasher=true} (the child JVMs of {@link ForkedBatchesTest}), so other
 * tests never see it.
 */
public final class CrashingBackend implements Backend {
  static final String PROPERTY = "geobacter.fuzz.crasher";
  static final String NAME = "crasher";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return -1;
  }

  @Override
  public Availability availability() {
    return Boolean.getBoolean(PROPERTY) ? Availability.available()
        : Availability.unavailable("a test device; start the JVM with -D" + PROPERTY + "=true");
  }

  @Override
  public List<BackendDevice> devices() {
    return List.of(new CrashingDevice());
  }

  private static final class CrashingDevice implements BackendDevice {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
      if (graph.kernel().descriptor().contains("[S")) Runtime.getRuntime().halt(77);
      throw new IllegalStateException("the crasher device runs nothing");
    }
  }
}
