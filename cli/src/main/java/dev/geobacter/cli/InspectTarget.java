package dev.geobacter.cli;

import java.util.Locale;

/** The devices {@code inspect --target} names: the host CPU, an NVIDIA H100 class GPU, an AMD MI300 class GPU. */
enum InspectTarget {
  HOST,
  SM_90,
  GFX942;

  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
