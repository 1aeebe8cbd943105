package dev.geobacter.cuda.driver;

import com.sun.jna.Pointer;

/**
 * The driver's linker ({@code cuLinkCreate_v2}, {@code cuLinkAddData_v2}, {@code cuLinkComplete}):
 * compiles PTX into a cubin for the current context's GPU. A cubin loads in microseconds and
 * needs no compiler, so it is what a disk cache keeps.
 */
final class PtxLinker {
  private static final int INPUT_PTX = 1;

  private PtxLinker() {}

  /** Runs with the context current; returns a copy of the cubin (the linker owns its own). */
  static byte[] link(String ptx, String name) {
    JitLog log = new JitLog();
    long[] state = new long[1];
    CudaErrors.check(CudaNative.cuLinkCreate_v2(log.count(), log.options(), log.values(), state), "cuLinkCreate_v2");
    try {
      JitImage image = JitImage.ofText(ptx);
      int added = CudaNative.cuLinkAddData_v2(state[0], INPUT_PTX, image.memory(), image.size(), name, 0, null, null);
      if (added != CudaError.SUCCESS) throw failure("cuLinkAddData_v2(" + name + ")", added, log);
      long[] cubin = new long[1];
      long[] size = new long[1];
      int completed = CudaNative.cuLinkComplete(state[0], cubin, size);
      // The linker may read the PTX until it completes.
      java.lang.ref.Reference.reachabilityFence(image);
      if (completed != CudaError.SUCCESS) throw failure("cuLinkComplete(" + name + ")", completed, log);
      if (size[0] <= 0 || size[0] > Integer.MAX_VALUE) {
        throw new IllegalStateException("cuLinkComplete(" + name + ") returned a cubin of " + size[0] + " bytes");
      }
      return new Pointer(cubin[0]).getByteArray(0, (int) size[0]);
    } finally {
      int destroyed = CudaNative.cuLinkDestroy(state[0]);
      // The link state wrote into the log's native memory until it was destroyed.
      java.lang.ref.Reference.reachabilityFence(log);
      if (destroyed != CudaError.SUCCESS) {
        System.getLogger("dev.geobacter.cuda").log(System.Logger.Level.WARNING,
            () -> "cuLinkDestroy failed: " + CudaErrors.describe(destroyed));
      }
    }
  }

  private static ModuleLoadException failure(String call, int result, JitLog log) {
    return new ModuleLoadException(call, CudaErrors.describe(result), log.errorLog(), log.infoLog());
  }
}
