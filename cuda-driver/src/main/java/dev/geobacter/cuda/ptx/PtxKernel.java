package dev.geobacter.cuda.ptx;

import dev.geobacter.codegen.FailureSites;

/**
 * A kernel compiled to PTX: the text, its {@code .entry} name, how its parameters are laid out,
 * and the source positions of its checks (numbered as the code records them).
 */
public record PtxKernel(String ptx, String entrySymbol, KernelParameterLayout layout, FailureSites failureSites) {}
