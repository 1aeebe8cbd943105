#!/usr/bin/env bash
# Builds and runs the GPU baselines it finds, then prints a table of the results.
#
#   bench/gpu/run.sh [--build-only] [--skip-cuda] [--skip-numba] [--skip-java]
#
# CUDA C++: every cuda/*.cu is built twice: with nvcc's defaults (impl=cuda; FMA contraction on)
# and with --fmad=false -DBENCH_EXACT (impl=cuda_exact; Java's floating-point semantics, checked
# bit for bit). Numba-CUDA: every numba/*.py program. Each program prints lines
#   kernel=<name> impl=<impl> median_ms=<x> check=<ok|FAIL> [key=value ...]
# which are collected in $BENCH_BUILD_DIR/results.txt (default bench/gpu/build).
#
# Environment: NVCC (nvcc), CUDA_ARCH (sm_90), PYTHON (python3), BENCH_SEED (repeat a run's inputs),
# BENCH_BUILD_DIR, GEOBACTER_GPU_BENCH (see the Geobacter section below; default: .device/java
# at the repository root runs dev.geobacter.bench.gpu.GpuBench).
# Exit status: 0 when everything built, ran and passed its check; 1 otherwise.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${BENCH_BUILD_DIR:-$here/build}"
nvcc="${NVCC:-nvcc}"
arch="${CUDA_ARCH:-sm_90}"
python="${PYTHON:-python3}"
results="$build/results.txt"

build_only=0 skip_cuda=0 skip_numba=0 skip_java=0
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=1 ;;
    --skip-cuda) skip_cuda=1 ;;
    --skip-numba) skip_numba=1 ;;
    --skip-java) skip_java=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (--help lists them)" >&2; exit 2 ;;
  esac
done

failures=()
mkdir -p "$build/cuda" "$build/cuda_exact"
: > "$results"

# Runs one program; its result lines go to the results file, everything else to the terminal.
run_program() {
  local label="$1"; shift
  echo "== $label" >&2
  local out
  out="$("$@")"
  local status=$?
  printf '%s\n' "$out"
  grep '^kernel=' <<<"$out" >> "$results"
  if [ $status -ne 0 ]; then failures+=("$label (exit $status)"); fi
}

build_cuda() {
  local pids=() labels=()
  for source in "$here"/cuda/*.cu; do
    local name
    name="$(basename "$source" .cu)"
    "$nvcc" -O3 -std=c++17 -arch="$arch" -o "$build/cuda/$name" "$source" &
    pids+=($!) labels+=("build cuda/$name")
    "$nvcc" -O3 -std=c++17 -arch="$arch" --fmad=false -DBENCH_EXACT -o "$build/cuda_exact/$name" "$source" &
    pids+=($!) labels+=("build cuda_exact/$name")
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failures+=("${labels[$i]}")
  done
}

run_cuda() {
  for variant in cuda cuda_exact; do
    for program in "$build/$variant"/*; do
      [ -x "$program" ] && run_program "$variant/$(basename "$program")" "$program"
    done
  done
}

run_numba() {
  if ! "$python" -c 'import numpy as np; np.row_stack = getattr(np, "row_stack", np.vstack); import numba.cuda' 2>/dev/null; then
    echo "== numba: not installed for $python, skipped" >&2
    return
  fi
  for program in "$here"/numba/*.py; do
    [ "$(basename "$program")" = bench_common.py ] && continue
    run_program "numba/$(basename "$program" .py)" "$python" "$program"
  done
}

# ------------------------------------------------------------------------------------------------
# Geobacter (Java) on the GPU: dev.geobacter.bench.gpu.GpuBench prints the same result lines with
# impl=geobacter (checks on) and impl=geobacter_nocheck, plus launch-overhead and compile-time lines.
# It runs through the packed launcher .device/java at the repository root (a jlink'd runtime and the
# bench module's jars with their dependencies; the GPU machine has no Java). GEOBACTER_GPU_BENCH
# overrides it with any command that prints such lines, e.g.
#   GEOBACTER_GPU_BENCH="java -cp 'bench/target/classes:...' dev.geobacter.bench.gpu.GpuBench" bench/gpu/run.sh
# BENCH_SEED reaches GpuBench through the environment, as it reaches the other programs.
# ------------------------------------------------------------------------------------------------
run_java() {
  if [ -n "${GEOBACTER_GPU_BENCH:-}" ]; then
    run_program "geobacter" bash -c "$GEOBACTER_GPU_BENCH"
    return
  fi
  local launcher
  launcher="$(cd "$here/../.." && pwd)/.device/java"
  if [ ! -f "$launcher" ]; then
    echo "== geobacter: no packed launcher $launcher and GEOBACTER_GPU_BENCH not set, skipped" >&2
    return
  fi
  run_program "geobacter" bash "$launcher" dev.geobacter.bench.gpu.GpuBench
}

if command -v nvidia-smi >/dev/null; then
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | sed 's/^/== GPU: /' >&2
fi
[ $skip_cuda -eq 1 ] || build_cuda
if [ $build_only -eq 1 ]; then
  if [ ${#failures[@]} -gt 0 ]; then printf 'FAILED: %s\n' "${failures[@]}" >&2; exit 1; fi
  echo "built into $build" >&2
  exit 0
fi
[ $skip_cuda -eq 1 ] || run_cuda
[ $skip_numba -eq 1 ] || run_numba
[ $skip_java -eq 1 ] || run_java

# The summary of failures first, so that the tables are the last thing printed.
status=0
if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}"
  status=1
fi
echo
"$python" "$here/table.py" "$results" || status=1
exit $status
