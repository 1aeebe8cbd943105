package dev.geobacter.cuda.driver;

/** The driver rejected code (PTX it could not compile, a cubin for another GPU), with the JIT's logs. */
public final class ModuleLoadException extends CudaException {
  private final String errorLog;
  private final String infoLog;

  ModuleLoadException(String call, CudaError error, String errorLog, String infoLog) {
    super(call, error, errorLog.isEmpty() ? "the JIT compiler wrote no error log" : "JIT error log:\n" + errorLog);
    this.errorLog = errorLog;
    this.infoLog = infoLog;
  }

  /** What the JIT compiler reported as errors (line numbers refer to the PTX text). */
  public String errorLog() {
    return errorLog;
  }

  public String infoLog() {
    return infoLog;
  }
}
