package dev.geobacter.host;

import dev.geobacter.Grid;
import dev.geobacter.codegen.host.HostKernel;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparedKernel;

/** A kernel linked into the host JIT, with what compiling or loading it cost. */
record HostPreparedKernel(HostKernel kernel, PreparationTimings timings) implements PreparedKernel {
  @Override
  public void launch(Grid grid, Object[] args) {
    kernel.launch(grid, args);
  }
}
