package dev.geobacter.spi;

/**
 * One device of a {@link Backend}, e.g. {@code cuda:0}. The driver shares one instance between all
 * {@code Device} handles of that name for the life of the process, and calls {@link #prepare} at
 * most once per kernel graph (its cache keeps the result), possibly from several threads for
 * different graphs.
 */
public interface BackendDevice {
  /** The name users pass to {@code Device.byName}, e.g. {@code "jvm"} or {@code "cuda:0"}. */
  String name();

  /**
   * Makes a validated kernel ready to launch: compile it, load it, look it up. Errors that are the
   * user's to fix are {@link dev.geobacter.GeobacterException}s with a message saying what to do.
   */
  PreparedKernel prepare(KernelGraph graph);
}
