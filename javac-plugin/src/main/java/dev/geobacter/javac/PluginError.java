package dev.geobacter.javac;

/**
 * The plugin's own diagnostics, each with a stable id (GB0xx; the kernel rules use GB1xx). Ids never
 * change meaning and are never reused.
 */
enum PluginError {
  INTERNAL_ERROR("GB000", "internal error in the plugin"),
  INSTANCE_METHOD_REFERENCE("GB001", "kernelInstance of an instance method"),
  CONSTRUCTOR_REFERENCE("GB002", "kernelInstance of a constructor"),
  LAMBDA("GB003", "kernelInstance of a lambda"),
  NOT_A_METHOD_REFERENCE("GB004", "kernelInstance of something other than a method reference"),
  NOT_VOID("GB005", "kernelInstance of a method that returns a value"),
  SIDECAR_NOT_WRITTEN("GB006", "sidecar could not be written"),
  NO_INTERNAL_ACCESS("GB007", "javac's internal API is not accessible");

  private final String id;
  private final String title;

  PluginError(String id, String title) {
    this.id = id;
    this.title = title;
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  /** {@code [GB001] message}. */
  String format(String message) {
    return "[" + id + "] " + message;
  }
}
