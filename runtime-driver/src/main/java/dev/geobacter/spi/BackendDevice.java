package dev.geobacter.spi;

import dev.geobacter.KernelOptions;
import java.util.List;

/**
 * One device of a {@link Backend}, e.g. {@code cuda:0}. The driver shares one instance between all
 * {@code Device} handles of that name for the life of the process, and calls {@link #prepare} at
 * most once per kernel graph and options (its cache keeps every result), possibly from several
 * threads for different graphs or options.
 */
public interface BackendDevice {
  /** The name users pass to {@code Device.byName}, e.g. {@code "jvm"} or {@code "cuda:0"}. */
  String name();

  /**
   * Makes a validated kernel ready to launch with {@code options}: compile it, load it, look it up.
   * Read the options from this parameter, not from {@code graph.kernel()} (the graph is shared by
   * every options value of a kernel). {@link KernelOptions#checks()} off allows leaving out array
   * bounds and division-by-zero checks; a device that cannot (the {@code jvm} device) keeps them
   * and says so in its documentation. Errors that are the user's to fix are
   * {@link dev.geobacter.GeobacterException}s with a message saying what to do.
   */
  PreparedKernel prepare(KernelGraph graph, KernelOptions options);

  /**
   * Copies {@code arrays} (checked by the driver: distinct one-dimensional primitive arrays, none
   * resident already) into device memory, where this device's launches use them instead of
   * copying, until {@link ResidentMemory#release()}. The default, for devices that run kernels in
   * the JVM's memory, is {@link ResidentMemory#SHARED}, which does nothing. A device that cannot
   * allocate the memory throws an exception saying how much it asked for.
   */
  default ResidentMemory keepResident(List<Object> arrays) {
    return ResidentMemory.SHARED;
  }
}
