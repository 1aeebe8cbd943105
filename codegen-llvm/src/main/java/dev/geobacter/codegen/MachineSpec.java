package dev.geobacter.codegen;

/** The LLVM target machine to generate code for: triple, CPU name and feature string. */
public record MachineSpec(String triple, String cpu, String features) {}
