package dev.geobacter.cli;

import dev.geobacter.GeobacterException;
import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.KernelGraph;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code geobacter inspect CLASS METHOD --cp PATH}: respools the kernel from the sidecars on the
 * class path, exactly as the driver does on a first launch (so it also reports what the driver
 * would refuse), and prints its typed tree or the code generated for it.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Prints a kernel's typed tree or the code generated for it.",
        "The kernel is respooled from the sidecars on the class path as the driver does on a first launch,",
        "so what the driver would refuse is reported the same way."})
final class InspectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CLASS", description = "binary name of the kernel's class, e.g. app.Saxpy")
  String className;

  @Parameters(index = "1", paramLabel = "METHOD", description = "the kernel method's name")
  String methodName;

  @Option(names = "--cp", required = true, paramLabel = "PATH", description = {"jars and directories holding the "
      + "kernel and all it calls,", "separated by the path separator (':' on Linux and macOS)"})
  String classPath;

  @Option(names = "--desc", paramLabel = "DESCRIPTOR",
      description = "the method's JVM descriptor, to choose among overloads, e.g. (F[F[F)V")
  String descriptor;

  @Option(names = "--target", defaultValue = "host", paramLabel = "TARGET", converter = InspectTargetConverter.class,
      description = {"host (default), an NVIDIA GPU architecture such as sm_90 (PTX),",
          "or gfx942 (typed tree only in this build)"})
  InspectTarget target;

  @Option(names = "--stage", defaultValue = "tree", paramLabel = "STAGE",
      description = {"tree (default): the typed tree of each method, as protobuf text;",
          "ir: LLVM IR as lowered; optimized: LLVM IR after optimization;",
          "asm: the optimized kernel's assembly (PTX for sm_NN)"})
  Stage stage;

  @Option(names = "--no-checks", description = "generate code without array bounds and division-by-zero checks")
  boolean noChecks;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      StageOutput.requireAvailable(target, stage);
    } catch (StageNotAvailableException e) {
      err.println("geobacter inspect: " + e.getMessage());
      return ExitStatus.NOT_AVAILABLE;
    }
    try (URLClassLoader loader = new URLClassLoader("geobacter-inspect", classPathUrls(),
        InspectCommand.class.getClassLoader())) {
      KernelInstance<?> kernel = KernelLocator.locate(loader, className, methodName, descriptor);
      KernelGraph graph = new Respooler(new SidecarCache()).respool(kernel);
      CodegenOptions options = noChecks ? CodegenOptions.defaults().withoutChecks() : CodegenOptions.defaults();
      out.print(StageOutput.render(graph, target, stage, options));
      return ExitStatus.OK;
    } catch (KernelLookupException | GeobacterException | CodegenException e) {
      err.println("geobacter inspect: " + e.getMessage());
      return ExitStatus.PROBLEMS;
    } catch (StageNotAvailableException e) {
      err.println("geobacter inspect: " + e.getMessage());
      return ExitStatus.NOT_AVAILABLE;
    }
  }

  private URL[] classPathUrls() {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) continue;
      try {
        Path path = Path.of(entry);
        if (!Files.exists(path)) {
          throw new ParameterException(spec.commandLine(), "--cp entry " + entry + " does not exist");
        }
        urls.add(path.toAbsolutePath().toUri().toURL());
      } catch (InvalidPathException | MalformedURLException e) {
        throw new ParameterException(spec.commandLine(), "--cp entry " + entry + " is not a valid path: " + e.getMessage());
      }
    }
    if (urls.isEmpty()) throw new ParameterException(spec.commandLine(), "--cp names no jar or directory");
    return urls.toArray(URL[]::new);
  }
}
