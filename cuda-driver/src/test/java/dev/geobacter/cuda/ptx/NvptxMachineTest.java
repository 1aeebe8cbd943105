package dev.geobacter.cuda.ptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.MachineSpec;
import org.junit.jupiter.api.Test;

/** Which PTX architecture and ISA each GPU generation gets. */
class NvptxMachineTest {
  @Test
  void hopperIsSm90() {
    assertEquals(new MachineSpec("nvptx64-nvidia-cuda", "sm_90", ""), NvptxMachine.forComputeCapability(9, 0));
  }

  @Test
  void olderGpusGetTheirOwnArchitecture() {
    assertEquals("sm_89", NvptxMachine.forComputeCapability(8, 9).cpu());
    assertEquals("sm_80", NvptxMachine.forComputeCapability(8, 0).cpu());
    assertEquals("sm_70", NvptxMachine.forComputeCapability(7, 0).cpu());
  }

  @Test
  void unknownNewerGpusGetTheNewestKnownArchitectureWithItsPtxVersion() {
    assertEquals(new MachineSpec("nvptx64-nvidia-cuda", "sm_100", "+ptx86"), NvptxMachine.forComputeCapability(10, 3));
    assertEquals(new MachineSpec("nvptx64-nvidia-cuda", "sm_120", "+ptx87"), NvptxMachine.forComputeCapability(12, 1));
    assertEquals("sm_90", NvptxMachine.forComputeCapability(9, 5).cpu());
  }

  @Test
  void architecturesAreThoseTheMachineMapsToThemselves() {
    var architectures = NvptxMachine.architectures();
    assertEquals("sm_50", architectures.get(0));
    assertEquals("sm_120", architectures.get(architectures.size() - 1));
    assertTrue(architectures.contains("sm_90"), architectures.toString());
    for (String architecture : architectures) {
      int sm = Integer.parseInt(architecture.substring("sm_".length()));
      assertEquals(architecture, NvptxMachine.forComputeCapability(sm / 10, sm % 10).cpu());
    }
  }

  @Test
  void gpusOlderThanMaxwellAreRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> NvptxMachine.forComputeCapability(3, 5));
    assertTrue(error.getMessage().contains("3.5"), error.getMessage());
  }
}
