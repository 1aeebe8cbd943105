"""Prints the result lines of the GPU baselines as tables, one row per kernel, one column per
implementation. Input: lines `kernel=<k> impl=<i> median_ms=<x> check=<ok|FAIL> [key=value ...]`
on stdin or in the files named; other lines are ignored."""
import fileinput
import sys

IMPL_ORDER = ["cuda", "cuda_exact", "numba", "geobacter"]


def parse(lines):
    results = []
    for line in lines:
        if not line.startswith("kernel="):
            continue
        fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
        if not {"kernel", "impl", "median_ms", "check"} <= fields.keys():
            print(f"table: skipping malformed line: {line.strip()}", file=sys.stderr)
            continue
        results.append(fields)
    return results


def ordered(values, preferred):
    seen = list(dict.fromkeys(values))
    return [v for v in preferred if v in seen] + [v for v in seen if v not in preferred]


def render(rows, columns, cell):
    header = ["kernel"] + columns
    body = [[row] + [cell(row, column) for column in columns] for row in rows]
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in body]
    return "\n".join(lines)


def main():
    results = parse(fileinput.input())
    if not results:
        print("no results")
        return 1
    by_key = {(r["kernel"], r["impl"]): r for r in results}
    kernels = list(dict.fromkeys(r["kernel"] for r in results))
    impls = ordered((r["impl"] for r in results), IMPL_ORDER)

    def time_cell(kernel, impl):
        r = by_key.get((kernel, impl))
        if r is None:
            return "-"
        return r["median_ms"] + ("" if r["check"] == "ok" else " (check FAILED)")

    def rate_cell(kernel, impl):
        r = by_key.get((kernel, impl))
        if r is None:
            return "-"
        extras = [f"{v} {k}" for k, v in r.items() if k not in ("kernel", "impl", "median_ms", "check")]
        return ", ".join(extras) or "-"

    print("Median kernel time, ms (lower is better)")
    print(render(kernels, impls, time_cell))
    print()
    print("Derived rates")
    print(render(kernels, impls, rate_cell))
    return 0 if all(r["check"] == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
