package dev.geobacter.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMParseCommandLineOptions;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Experimental: runs the pass pipeline through a native shim that registers Polly's passes, which
 * the LLVM C API never does. Off unless {@value #SHIM_PROPERTY} names the shim (built by
 * {@code bench/polly/build-shim.sh}, outside the Maven build); {@value #OPTIONS_PROPERTY} holds
 * LLVM command-line options such as {@code -polly -polly-process-unprofitable}, parsed once per
 * process before the first pipeline (Polly reads {@code -polly} when its passes are registered),
 * so a later change of them is refused.
 * For measurements only: the disk cache does not know about the shim, so run with
 * {@code -Dgeobacter.cache.disk=false}.
 */
public final class PollyExperiment {
  public static final String SHIM_PROPERTY = "geobacter.codegen.experimental.pollyShim";
  public static final String OPTIONS_PROPERTY = "geobacter.codegen.experimental.pollyOptions";

  private static Function runPasses;
  /** The options parsed at load: LLVM keeps them for the rest of the process. */
  private static String parsedOptions;
  private static Function disposeMessage;

  private PollyExperiment() {}

  /** Whether {@value #SHIM_PROPERTY} is set. */
  public static boolean enabled() {
    String shim = System.getProperty(SHIM_PROPERTY);
    return shim != null && !shim.isBlank();
  }

  /** Runs {@code pipeline} over the module with Polly's passes registered. */
  public static void run(LLVMModuleRef module, String pipeline, LLVMTargetMachineRef machine) {
    Function run = load();
    Pointer error = (Pointer) run.invoke(Pointer.class,
        new Object[] {new Pointer(module.address()), pipeline, new Pointer(machine.address())});
    if (error == null) return;
    String message = error.getString(0);
    disposeMessage.invoke(new Object[] {error});
    throw new IllegalStateException("the pipeline " + pipeline + " failed in the Polly shim: " + message);
  }

  private static synchronized Function load() {
    String options = System.getProperty(OPTIONS_PROPERTY, "").trim();
    if (runPasses != null) {
      if (!options.equals(parsedOptions)) {
        throw new IllegalStateException("-D" + OPTIONS_PROPERTY + " changed from '" + parsedOptions + "' to '" + options
            + "'; LLVM parses its options once per process");
      }
      return runPasses;
    }
    Path shim = Path.of(System.getProperty(SHIM_PROPERTY));
    if (!Files.isRegularFile(shim)) {
      throw new IllegalStateException("-D" + SHIM_PROPERTY + " names " + shim
          + ", which is not a file; build it with bench/polly/build-shim.sh");
    }
    Llvm.initialize(); // the shim's libLLVM.so.20.1 must resolve to the one already loaded
    parseOptions(options);
    parsedOptions = options;
    NativeLibrary library = NativeLibrary.getInstance(shim.toAbsolutePath().toString());
    disposeMessage = library.getFunction("geobacter_polly_dispose_message");
    runPasses = library.getFunction("geobacter_polly_run_passes");
    return runPasses;
  }

  private static void parseOptions(String options) {
    List<String> words = new ArrayList<>(List.of("geobacter"));
    for (String word : options.trim().split("\\s+")) if (!word.isEmpty()) words.add(word);
    if (words.size() == 1) return;
    BytePointer[] arguments = words.stream().map(BytePointer::new).toArray(BytePointer[]::new);
    LLVMParseCommandLineOptions(arguments.length, Llvm.array(arguments), (BytePointer) null);
  }
}
