package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.cuda.testing.HandWrittenPtx;
import dev.geobacter.cuda.testing.Ptxas;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The GPU tests' hand-written PTX is checked here without a GPU: the good module assembles, the bad one does not. */
class HandWrittenPtxTest {
  @Test
  void addOneAssemblesAndBrokenIsRejectedAtItsLine() throws Exception {
    Optional<Path> ptxas = Ptxas.find();
    assumeTrue(ptxas.isPresent(), "ptxas (CUDA toolkit) is not on the PATH");
    Ptxas.assertAssembles(HandWrittenPtx.ADD_ONE, "sm_90");
    Ptxas.Result bad = Ptxas.assemble(ptxas.get(), HandWrittenPtx.BROKEN, "sm_90");
    assertFalse(bad.succeeded());
    assertTrue(bad.output().contains("line 7"), bad.output());
  }
}
