package dev.geobacter.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;

/**
 * Loading of the LLVM native library and the small conversions every caller of its C API needs.
 * The C API takes arrays as {@code PointerPointer}s; building one from a single value with the
 * varargs constructor is a cast (and a crash), so every array goes through {@link #array}.
 */
public final class Llvm {
  private static volatile boolean initialized;

  private Llvm() {}

  /** Loads libLLVM and registers every target it was built with; safe to call from any thread. */
  public static void initialize() {
    if (initialized) return;
    synchronized (Llvm.class) {
      if (initialized) return;
      Loader.load(org.bytedeco.llvm.global.LLVM.class);
      LLVMInitializeAllTargetInfos();
      LLVMInitializeAllTargets();
      LLVMInitializeAllTargetMCs();
      LLVMInitializeAllAsmPrinters();
      initialized = true;
    }
  }

  /** The LLVM version this process loaded, e.g. {@code 20.1.7}. */
  public static String version() {
    initialize();
    int[] major = new int[1];
    int[] minor = new int[1];
    int[] patch = new int[1];
    LLVMGetVersion(major, minor, patch);
    return major[0] + "." + minor[0] + "." + patch[0];
  }

  /** A C array of the given references, or null for an empty one. */
  public static PointerPointer<Pointer> array(Pointer... values) {
    if (values.length == 0) return null;
    PointerPointer<Pointer> array = new PointerPointer<>(values.length);
    for (int i = 0; i < values.length; i++) array.put(i, values[i]);
    return array;
  }

  /** Copies and frees a message string that LLVM allocated. */
  public static String takeMessage(BytePointer message) {
    if (message == null || message.isNull()) return "";
    try {
      return message.getString();
    } finally {
      LLVMDisposeMessage(message);
    }
  }

  /** Throws when an LLVM call reported an error; the error is consumed either way. */
  public static void check(LLVMErrorRef error, String action) {
    if (error == null || error.isNull()) return;
    String message = takeMessage(LLVMGetErrorMessage(error));
    throw new IllegalStateException(action + " failed in LLVM: " + message);
  }
}
