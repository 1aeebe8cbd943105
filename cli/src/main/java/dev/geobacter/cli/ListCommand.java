package dev.geobacter.cli;

import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.ZipException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code geobacter list}: every sidecar in the given jars and directories (its class, how many
 * methods, its schema version, whether it is valid, or why not) and every kernel it names.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"Lists the Geobacter sidecars in jars and class directories and the kernels they name.",
        "Invalid sidecars are listed with the reason; the exit status is then 1."})
final class ListCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "JAR_OR_DIRECTORY", description = "jars or class output directories")
  List<Path> archives;

  @Option(names = "--check", description = {"Also run the kernel rules on each kernel, against the sidecars of",
      "the given jars (calls into other classes are reported as not checked)."})
  boolean check;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ScannedSidecar.Valid> valid = new ArrayList<>();
    Set<MethodRef> kernels = new LinkedHashSet<>();
    int invalid = 0;
    int unreadable = 0;
    for (Path archive : archives) {
      out.println(archive + ":");
      List<ScannedSidecar> sidecars;
      try {
        sidecars = SidecarScanner.scan(archive);
      } catch (IOException e) {
        out.println("  cannot read it: " + describe(e));
        unreadable++;
        continue;
      }
      if (sidecars.isEmpty()) out.println("  no Geobacter sidecars (was it compiled with -Xplugin:Geobacter?)");
      for (ScannedSidecar sidecar : sidecars) {
        if (sidecar instanceof ScannedSidecar.Valid ok) {
          valid.add(ok);
          printValid(out, ok.sidecar(), kernels);
        } else {
          invalid++;
          out.println("  " + sidecar.pathClassName() + ": INVALID: " + ((ScannedSidecar.Invalid) sidecar).reason());
        }
      }
    }
    out.println(count(valid.size() + invalid, "sidecar") + " (" + invalid + " invalid), " + count(kernels.size(), "kernel"));
    int findings = 0;
    if (check) findings = new KernelCheckReport(new SidecarIndex(valid), out).report(kernels);
    return invalid + unreadable + findings > 0 ? ExitStatus.PROBLEMS : ExitStatus.OK;
  }

  private static void printValid(PrintWriter out, ClassSidecar sidecar, Set<MethodRef> kernels) {
    out.println("  " + sidecar.getBinaryName() + " (" + sidecar.getSourceFile() + "): "
        + count(sidecar.getMethodsCount(), "method") + ", schema " + sidecar.getSchemaVersion() + ", valid");
    for (MethodRef kernel : sidecar.getKernelsList()) {
      out.println("    kernel " + Descriptors.describe(kernel));
      kernels.add(Descriptors.methodRef(kernel.getOwner(), kernel.getName(), kernel.getDesc()));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof ZipException) return "not a jar or directory (" + e.getMessage() + ")";
    return e.toString();
  }
}
