#!/bin/sh
# Builds libgeobacter-polly.so against the headers and libLLVM of the bytedeco LLVM natives jar that
# the project already uses (so the shim and the JVM share one libLLVM.so.20.1).
# Usage: bench/polly/build-shim.sh [OUTPUT_DIR]   (default: bench/polly/target)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/target}
jar=$(ls "${M2_REPO:-$HOME/.m2/repository}"/org/bytedeco/llvm/20.1.7-1.5.12/llvm-20.1.7-1.5.12-linux-x86_64.jar)
mkdir -p "$out/natives"
unzip -q -o "$jar" 'org/bytedeco/llvm/linux-x86_64/include/*' 'org/bytedeco/llvm/linux-x86_64/libLLVM.so' -d "$out/natives"
natives=$out/natives/org/bytedeco/llvm/linux-x86_64
# LLVM is built without RTTI; the library's SONAME (libLLVM.so.20.1) becomes the shim's NEEDED entry.
g++ -std=c++17 -O2 -fPIC -shared -fno-rtti -I"$natives/include" "$here/polly_shim.cpp" \
  -L"$natives" -l:libLLVM.so -o "$out/libgeobacter-polly.so"
echo "$out/libgeobacter-polly.so"
