package dev.geobacter.bench;

import dev.geobacter.Device;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Geobacter device a benchmark launches on, chosen with {@code -p device=NAME}. A device that is
 * not present here fails its benchmarks at setup, before any timing, saying which devices exist;
 * the other benchmarks of the run go on.
 */
@State(Scope.Benchmark)
public class BenchDevice {
  /** Device names as {@link Device#byName(String)} takes them, e.g. {@code cuda:0}. */
  @Param({"host", "jvm"})
  public String device;

  private Device opened;

  @Setup(Level.Trial)
  public void open() {
    opened = open(device);
  }

  @TearDown(Level.Trial)
  public void close() {
    if (opened != null) opened.close();
    opened = null;
  }

  public Device get() {
    if (opened == null) throw new IllegalStateException("device " + device + " is not open: setup has not run");
    return opened;
  }

  /** {@link Device#byName(String)}, with a message that says how to pick another device. */
  static Device open(String name) {
    try {
      return Device.byName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("benchmark device '" + name + "' is not present on this machine ("
          + e.getMessage() + "); its benchmarks are skipped. Choose devices with -p device=NAME[,NAME...]", e);
    }
  }
}
