package dev.geobacter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code geobacter} command: {@code list} the sidecars and kernels of jars and directories (and
 * {@code --check} the kernels), {@code inspect} one kernel's typed tree or generated code.
 */
@Command(name = "geobacter", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
    description = "Lists, checks and inspects Geobacter kernels and the sidecars the javac plugin writes.",
    subcommands = {ListCommand.class, InspectCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:success",
        "1:problems found: an invalid sidecar, a kernel rule finding, a kernel that cannot be loaded",
        "2:invalid command line",
        "3:what was asked is not available in this build",
        "70:internal error (a bug in geobacter)"})
public final class GeobacterCli implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command: list or inspect (see geobacter help)");
  }

  public static void main(String[] args) {
    int status = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(status);
  }

  /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new GeobacterCli())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new InternalErrorHandler());
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
