package dev.geobacter.cli;

import com.google.protobuf.TextFormat;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text {@code inspect} prints for a respooled kernel: its typed tree, or the code generator's
 * output for the target ({@link HostStages}, {@link PtxStages}). Only what the code generator of
 * this build offers is produced; anything else is refused with {@link StageNotAvailableException},
 * never imitated.
 */
final class StageOutput {
  private StageOutput() {}

  /** Fails fast, before any loading, when this build cannot produce {@code stage} for {@code target}. */
  static void requireAvailable(InspectTarget target, Stage stage) throws StageNotAvailableException {
    String unavailable = switch (stage) {
      case TREE -> null; // the typed tree is the same for every target
      case IR, OPTIMIZED, ASM -> switch (target.family()) {
        case HOST, NVPTX -> null;
        case AMDGPU -> "--target " + target.optionValue() + " with --stage " + stage.optionValue()
            + " is not available in this build: the code generator (codegen-llvm) has no AMDGPU target yet. Use"
            + " --target host or an NVIDIA architecture such as sm_90, or --stage tree, which is the same for every"
            + " target.";
      };
    };
    if (unavailable != null) throw new StageNotAvailableException(unavailable);
  }

  static String render(KernelGraph graph, InspectTarget target, Stage stage, CodegenOptions options)
      throws StageNotAvailableException {
    requireAvailable(target, stage);
    if (stage == Stage.TREE) return tree(graph);
    return switch (target.family()) {
      case HOST -> HostStages.render(program(graph), options, stage);
      case NVPTX -> PtxStages.render(program(graph), target, options, stage);
      case AMDGPU -> throw new IllegalStateException("requireAvailable lets no AMDGPU code stage through");
    };
  }

  /** Each method's typed tree in protobuf text format, after a comment line naming it and its origin. */
  static String tree(KernelGraph graph) {
    StringBuilder text = new StringBuilder();
    text.append("# kernel ").append(Descriptors.describe(graph.entry().ref())).append(": ")
        .append(graph.methods().size()).append(graph.methods().size() == 1 ? " method" : " methods")
        .append(", graph ").append(graph.hashHex()).append('\n');
    for (KernelMethod method : graph.methods()) {
      text.append("\n# ").append(Descriptors.describe(method.ref())).append(" from ").append(method.sourceFile())
          .append(", ").append(method.origin()).append('\n');
      text.append(TextFormat.printer().printToString(method.info()));
    }
    return text.toString();
  }

  /** The kernel's methods with their source files, as the code generator takes them. */
  static KernelProgram program(KernelGraph graph) {
    Map<String, String> sourceFiles = new HashMap<>();
    for (KernelMethod method : graph.methods()) sourceFiles.putIfAbsent(method.info().getOwner(), method.sourceFile());
    List<MethodInfo> methods = graph.methods().stream().map(KernelMethod::info).toList();
    return new KernelProgram(graph.entry().info(), methods, sourceFiles);
  }

  /** The refusal for a code stage on a machine where LLVM's native libraries do not load. */
  static StageNotAvailableException llvmMissing(Stage stage, LinkageError cause) {
    return new StageNotAvailableException("--stage " + stage.optionValue() + " needs LLVM, whose native libraries"
        + " cannot be loaded on this machine (" + cause + "); --stage tree works without it.");
  }
}
