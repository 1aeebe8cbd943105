package dev.geobacter.driver;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.ResidentArrays;
import dev.geobacter.driver.cache.KernelCache;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.LaunchOrder;
import dev.geobacter.spi.PreparedKernel;
import java.util.concurrent.CompletableFuture;

/**
 * A user's handle on a backend device: a launch finds the kernel's validated graph (respooled on
 * first use), checks the arguments, prepares the graph for this device once per kernel options
 * value and runs it.
 */
final class DriverDevice extends Device {
  private final BackendDevice device;
  private final KernelCache kernels;
  private final ResidentRegistry residents;
  private final ArraysInFlight inFlight;

  DriverDevice(BackendDevice device, KernelCache kernels, ResidentRegistry residents, ArraysInFlight inFlight) {
    this.device = device;
    this.kernels = kernels;
    this.residents = residents;
    this.inFlight = inFlight;
  }

  @Override
  public String name() {
    return device.name();
  }

  @Override
  protected void run(KernelInstance<?> kernel, Grid grid, Object[] args) {
    PreparedKernel prepared = prepare(kernel, kernels.graph(kernel), args);
    if (prepared.usesLaunchOrder()) LaunchOrder.awaitPrevious();
    prepared.launch(grid, args);
  }

  @Override
  protected CompletableFuture<Void> runAsync(KernelInstance<?> kernel, Grid grid, Object[] args) {
    try {
      KernelGraph graph = kernels.graph(kernel);
      PreparedKernel prepared = prepare(kernel, graph, args);
      return inFlight.track(args, graph, residents, prepared.launchAsync(grid, args));
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  protected ResidentArrays keep(Object[] arrays) {
    return DriverResidentArrays.open(device.name(), arrays, device::keepResident, residents);
  }

  private PreparedKernel prepare(KernelInstance<?> kernel, KernelGraph graph, Object[] args) {
    LaunchArguments.check(kernel, graph.entry().info(), args);
    residents.checkLaunch(device.name(), args, kernel);
    inFlight.checkLaunch(args, graph, residents);
    return kernels.prepared(graph, device, kernel.options());
  }
}
