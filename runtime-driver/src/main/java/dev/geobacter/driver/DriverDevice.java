package dev.geobacter.driver;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.driver.cache.KernelCache;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;

/**
 * A user's handle on a backend device: a launch finds the kernel's validated graph (respooled on
 * first use), checks the arguments, prepares the graph for this device once per kernel options
 * value and runs it.
 */
final class DriverDevice extends Device {
  private final BackendDevice device;
  private final KernelCache kernels;

  DriverDevice(BackendDevice device, KernelCache kernels) {
    this.device = device;
    this.kernels = kernels;
  }

  @Override
  public String name() {
    return device.name();
  }

  @Override
  protected void run(KernelInstance<?> kernel, Grid grid, Object[] args) {
    KernelGraph graph = kernels.graph(kernel);
    LaunchArguments.check(kernel, graph.entry().info(), args);
    kernels.prepared(graph, device, kernel.options()).launch(grid, args);
  }
}
