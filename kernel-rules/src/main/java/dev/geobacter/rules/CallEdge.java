package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;

/** A call from one reachable method to another, at the call's source position in the caller. */
public record CallEdge(MethodRef caller, MethodRef callee, int line, int column) {}
