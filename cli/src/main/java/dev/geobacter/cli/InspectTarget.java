package dev.geobacter.cli;

import dev.geobacter.cuda.ptx.NvptxMachine;
import java.util.List;
import java.util.Locale;

/**
 * The device {@code inspect --target} names: the host CPU, an NVIDIA GPU architecture
 * ({@code sm_90}, or any other {@code sm_NN} the NVIDIA backend generates PTX for), or an AMD GPU
 * ({@code gfx942}, for which no code generator exists yet).
 */
record InspectTarget(Family family, String name) {
  /** Which code generator a target needs. */
  enum Family { HOST, NVPTX, AMDGPU }

  static final InspectTarget HOST = new InspectTarget(Family.HOST, "host");
  static final InspectTarget GFX942 = new InspectTarget(Family.AMDGPU, "gfx942");

  /**
   * Parses {@code host}, {@code sm_NN} or {@code gfx942}, ignoring case; an unknown name or an
   * architecture the NVIDIA backend does not generate code for is an {@link IllegalArgumentException}
   * that lists what is accepted.
   */
  static InspectTarget parse(String text) {
    String name = text.strip().toLowerCase(Locale.ROOT);
    if (name.equals(HOST.name())) return HOST;
    if (name.equals(GFX942.name())) return GFX942;
    List<String> architectures = NvptxMachine.architectures();
    if (architectures.contains(name)) return new InspectTarget(Family.NVPTX, name);
    String reason = name.startsWith("sm_")
        ? text + " is not an NVIDIA architecture this build generates code for"
        : text + " is not a target";
    throw new IllegalArgumentException(reason + "; use host, gfx942 or one of " + String.join(", ", architectures));
  }

  /** The compute capability of an NVIDIA target as {major, minor}: {@code sm_90} is 9.0, {@code sm_120} is 12.0. */
  int[] computeCapability() {
    if (family != Family.NVPTX) throw new IllegalStateException(name + " is not an NVIDIA GPU architecture");
    int sm = Integer.parseInt(name.substring("sm_".length()));
    return new int[] {sm / 10, sm % 10};
  }

  String optionValue() {
    return name;
  }
}
