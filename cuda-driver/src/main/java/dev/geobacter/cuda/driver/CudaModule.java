package dev.geobacter.cuda.driver;

/** Code loaded into a context ({@code CUmodule}); unloaded by {@link #close()} or when unreachable. */
public final class CudaModule extends NativeResource {
  private final String name;
  private final String infoLog;

  CudaModule(long module, String name, String infoLog, ContextLifetime context, ReleaseAction.Releaser unload) {
    super("module " + name + " in " + context.name(), module, context, "cuModuleUnload", unload);
    this.name = name;
    this.infoLog = infoLog;
  }

  public String name() {
    return name;
  }

  /** What the JIT compiler reported while loading (resource usage with verbose logs), possibly empty. */
  public String infoLog() {
    return infoLog;
  }

  /** The kernel {@code entry} of this module. */
  public CudaFunction function(String entry) {
    long[] function = new long[1];
    CudaErrors.check(CudaNative.cuModuleGetFunction(function, handle(), entry),
        "cuModuleGetFunction(" + entry + " in module " + name + ")");
    return new CudaFunction(function[0], entry, this);
  }
}
