#!/usr/bin/env python3
"""Runs the project's O3 pipeline over one lowered IR file through the Polly shim, with the given LLVM
options, and prints the optimized IR; a quick way to try Polly options without a JVM.
Usage: run-pipeline.py SHIM_DIR LOWERED.ll [LLVM option ...]   (SHIM_DIR as made by build-shim.sh)"""
import ctypes, sys

PIPELINE = ("function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg),cgscc(inline),"
            "function(sroa,instcombine<no-verify-fixpoint>,simplifycfg,loop-simplify,lcssa,loop-rotate,irce),"
            "default<O3>")  # Optimizer.pipeline(3)

shim_dir, ir_file, options = sys.argv[1], sys.argv[2], sys.argv[3:]
llvm = ctypes.CDLL(shim_dir + "/natives/org/bytedeco/llvm/linux-x86_64/libLLVM.so", mode=ctypes.RTLD_GLOBAL)
shim = ctypes.CDLL(shim_dir + "/libgeobacter-polly.so")
vp, cp = ctypes.c_void_p, ctypes.c_char_p
for name, res, args in [
    ("LLVMContextCreate", vp, []), ("LLVMCreateMemoryBufferWithContentsOfFile", ctypes.c_int, [cp, ctypes.POINTER(vp), ctypes.POINTER(cp)]),
    ("LLVMParseIRInContext", ctypes.c_int, [vp, vp, ctypes.POINTER(vp), ctypes.POINTER(cp)]),
    ("LLVMGetDefaultTargetTriple", vp, []), ("LLVMGetHostCPUName", vp, []), ("LLVMGetHostCPUFeatures", vp, []),
    ("LLVMGetTargetFromTriple", ctypes.c_int, [vp, ctypes.POINTER(vp), ctypes.POINTER(cp)]),
    ("LLVMCreateTargetMachine", vp, [vp, vp, vp, vp, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    ("LLVMPrintModuleToString", cp, [vp]), ("LLVMParseCommandLineOptions", None, [ctypes.c_int, ctypes.POINTER(cp), cp]),
    ("LLVMInitializeX86TargetInfo", None, []), ("LLVMInitializeX86Target", None, []), ("LLVMInitializeX86TargetMC", None, [])]:
    f = getattr(llvm, name); f.restype = res; f.argtypes = args
shim.geobacter_polly_run_passes.restype = vp
shim.geobacter_polly_run_passes.argtypes = [vp, cp, vp]

argv = [b"run-pipeline"] + [o.encode() for o in options]
llvm.LLVMParseCommandLineOptions(len(argv), (cp * len(argv))(*argv), None)
llvm.LLVMInitializeX86TargetInfo(); llvm.LLVMInitializeX86Target(); llvm.LLVMInitializeX86TargetMC()
context, buffer, module, message = llvm.LLVMContextCreate(), vp(), vp(), cp()
if llvm.LLVMCreateMemoryBufferWithContentsOfFile(ir_file.encode(), ctypes.byref(buffer), ctypes.byref(message)):
    sys.exit(message.value.decode())
if llvm.LLVMParseIRInContext(context, buffer, ctypes.byref(module), ctypes.byref(message)):
    sys.exit(message.value.decode())
triple, target = llvm.LLVMGetDefaultTargetTriple(), vp()
if llvm.LLVMGetTargetFromTriple(triple, ctypes.byref(target), ctypes.byref(message)):
    sys.exit(message.value.decode())
machine = llvm.LLVMCreateTargetMachine(target, triple, llvm.LLVMGetHostCPUName(), llvm.LLVMGetHostCPUFeatures(), 3, 0, 0)
error = shim.geobacter_polly_run_passes(module, PIPELINE.encode(), machine)
if error:
    sys.exit(ctypes.cast(error, cp).value.decode())
print(llvm.LLVMPrintModuleToString(module).decode())
