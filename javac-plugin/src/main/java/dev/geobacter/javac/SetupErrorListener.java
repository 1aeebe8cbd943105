package dev.geobacter.javac;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * Installed instead of the plugin when javac does not let it reach its internal API; reports that
 * once, at the first compilation unit, with the fix. Uses only the public API, which is always open.
 */
final class SetupErrorListener implements TaskListener {
  private final JavacTask task;
  private final Throwable cause;
  private boolean reported;

  SetupErrorListener(JavacTask task, Throwable cause) {
    this.task = task;
    this.cause = cause;
  }

  @Override
  public void finished(TaskEvent event) {
    if (reported || event.getKind() != TaskEvent.Kind.PARSE || event.getCompilationUnit() == null) return;
    reported = true;
    Trees.instance(task).printMessage(Diagnostic.Kind.ERROR,
        PluginError.NO_INTERNAL_ACCESS.format("the Geobacter plugin cannot reach javac's internal API ("
            + cause.getMessage() + "): add -XDaccessInternalAPI to the compiler arguments, next to "
            + "-Xplugin:Geobacter (see BUILD.md)"),
        event.getCompilationUnit(), event.getCompilationUnit());
  }
}
