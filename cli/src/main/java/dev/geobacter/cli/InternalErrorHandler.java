package dev.geobacter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An exception that escapes a command is a bug in geobacter, not a problem with the user's input
 * (those are reported by the commands with their own message): say so, with what to report.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("geobacter: internal error, a bug in geobacter " + CliVersion.version() + " (Java "
        + Runtime.version() + "). Please report it with the command line and this stack trace:");
    e.printStackTrace(err);
    err.flush();
    return ExitStatus.INTERNAL_ERROR;
  }
}
