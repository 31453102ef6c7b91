#!/usr/bin/env bash
# Measures vouch scan throughput and peak memory over large real trees with
# all built-in rules. Usage: bench/run.sh [TREE ...]
# Defaults: the Go standard library and the Python standard library found on
# this machine. Prints one line per tree: lines, wall seconds, CPU seconds,
# lines/s per core, peak RSS, parse and match time, per-language lines/s.
set -euo pipefail
cd "$(dirname "$0")/.."

trees=("$@")
if [ ${#trees[@]} -eq 0 ]; then
  trees=("$(go env GOROOT)/src")
  py=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null || true)
  [ -n "$py" ] && trees+=("$py")
fi

bin=$(mktemp -d)/vouch
go build -o "$bin" ./cmd/vouch
out=$(mktemp)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%d) vouch: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
for tree in "${trees[@]}"; do
  /usr/bin/time -f '%M %e %U %S' -o "$out.time" "$bin" scan "$tree" --format json --fail-on none --no-progress \
    --max-file-size 4MiB --exclude site-packages/ --output "$out" 2>/dev/null || true
  read -r rss wall user sys < "$out.time"
  python3 - "$out" "$tree" "$rss" "$wall" "$user" "$sys" <<'PY'
import json, sys
path, tree, rss, wall, user, sys_ = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
r = json.load(open(path))
st = r["stats"]
cpu = user + sys_
code = sum(ls["lines"] for name, ls in st["languages"].items() if name in ("python", "javascript", "typescript", "tsx", "java", "go"))
print(f"{tree}: {st['files']} files, {st['lines']} lines, {len(r['findings'])} findings, "
      f"wall {wall:.1f}s, cpu {cpu:.1f}s, {code:,} code lines at {code/cpu:,.0f} lines/s per core, peak RSS {rss/1024:.0f} MiB, "
      f"parse {st['timing']['parse_ms']/1000:.1f}s, match {st['timing']['match_ms']/1000:.1f}s (summed over workers), "
      f"parse errors {st['parse_errors']} files")
for name, ls in sorted(st["languages"].items()):
    print(f"  {name}: {ls['files']} files, {ls['lines']} lines")
PY
done
