package dev.geobacter.javac;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/** Hands javac's events to the session, each under the crash guard. */
final class GeobacterTaskListener implements TaskListener {
  private final CompilationSession session;
  private final CrashGuard guard;

  GeobacterTaskListener(CompilationSession session, CrashGuard guard) {
    this.session = session;
    this.guard = guard;
  }

  @Override
  public void finished(TaskEvent event) {
    switch (event.getKind()) {
      case ENTER:
        guard.run("entering " + event.getSourceFile(), () -> session.entered(event.getCompilationUnit()));
        break;
      case ANALYZE:
        guard.run("analysing " + event.getTypeElement(),
            () -> session.analyzed(event.getCompilationUnit(), event.getTypeElement()));
        break;
      case GENERATE:
        guard.run("writing the sidecar of " + event.getTypeElement(), () -> session.generated(event.getTypeElement()));
        break;
      case COMPILATION:
        guard.run("checking kernels", session::finished);
        break;
      default:
        break;
    }
  }
}
