package dev.geobacter.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --target}; a name that is not a target is a usage error listing those that are. */
final class InspectTargetConverter implements ITypeConverter<InspectTarget> {
  @Override
  public InspectTarget convert(String value) {
    try {
      return InspectTarget.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
