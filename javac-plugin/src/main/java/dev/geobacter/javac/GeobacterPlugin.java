package dev.geobacter.javac;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/**
 * The javac plugin {@code -Xplugin:Geobacter}: rewrites {@code Geobacter.kernelInstance(X::m)} into
 * constants, checks the code kernels reach and writes one typed-tree sidecar per top-level class.
 * This class only wires the listener; the work is in {@link CompilationSession}.
 */
public final class GeobacterPlugin implements Plugin {
  public static final String NAME = "Geobacter";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    String version = PluginVersion.get();
    CompilationSession session;
    try {
      session = new CompilationSession(task);
    } catch (IllegalAccessError e) {
      task.addTaskListener(new SetupErrorListener(task, e));
      return;
    }
    CrashGuard guard = new CrashGuard(session.diagnostics()::error, version);
    task.addTaskListener(new GeobacterTaskListener(session, guard));
  }
}
