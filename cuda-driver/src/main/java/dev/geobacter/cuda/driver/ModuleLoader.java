package dev.geobacter.cuda.driver;

/** {@code cuModuleLoadDataEx} with the JIT's logs: a rejected image becomes a {@link ModuleLoadException}. */
final class ModuleLoader {
  private ModuleLoader() {}

  static CudaModule load(JitImage image, String name, ContextLifetime context, ReleaseAction.Releaser unload) {
    JitLog log = new JitLog();
    long[] module = new long[1];
    int result = CudaNative.cuModuleLoadDataEx(module, image.memory(), log.count(), log.options(), log.values());
    if (result != CudaError.SUCCESS) {
      throw new ModuleLoadException("cuModuleLoadDataEx(" + name + ", " + image.size() + " bytes)",
          CudaErrors.describe(result), log.errorLog(), log.infoLog());
    }
    CudaModule loaded = new CudaModule(module[0], name, log.infoLog(), context, unload);
    java.lang.ref.Reference.reachabilityFence(image);
    return loaded;
  }
}
