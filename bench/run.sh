#!/usr/bin/env bash
# The whole search benchmark in one command: bash bench/run.sh [sizes…]   (default: 20000 200000)
# For each size: generate a realistic catalogue (deterministic), rebuild the index (offers/s), start the API in Release,
# load it with wrk (32 connections, ≥ 500 distinct search paths: q + 2 filters + all facets), load a trivial JSON
# endpoint of the same API for the HTTP ceiling, load typeahead, read the API's peak working set, and print the table.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
sizes=("${@:-20000 200000}")
read -r -a sizes <<< "${sizes[*]}"
duration="${BENCH_SECONDS:-20}"
out="$PWD/bench/results"  # absolute: dotnet run starts the bench in its project folder
mkdir -p "$out"

dotnet build -c Release bench -v q -nologo >/dev/null
dotnet build -c Release api -v q -nologo >/dev/null
dotnet run -c Release --no-build --project bench -- queries --count 600 --out "$out/queries.txt"
printf '/api/v1/suggest?q=%s\n' prog spa spaw inf info ksi ksieg fry fryz mech mecha elek tech techn logi pie piel opie ang angi nie niem kur kurs szk lod pio sie kut zgi pab tom bel rad ele aut rob pyt exc gra mar spr han kuc gas hot bud geo pra psy ped eko zar stu pod onl bhp > "$out/suggest.txt"
echo '/api/v1/vocabularies/sectors' > "$out/trivial.txt"

row() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" "$1" | head -n 1; }
table="| offers | rebuild offers/s | search p50 ms | search p99 ms | search req/s | trivial req/s | search/trivial | search p50 / p99 ms, 1 connection | suggest p50 / p99 ms | peak working set MB |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

for size in "${sizes[@]}"; do
  data="$out/data-$size"
  if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$data/catalogue.db" ]; then
    # Reuse a generated store; still time the rebuild.
    dotnet run -c Release --no-build --project bench -- rebuild --data "$data" | tee "$out/generate-$size.txt"
  else
    dotnet run -c Release --no-build --project bench -- generate --offers "$size" --data "$data" | tee "$out/generate-$size.txt"
  fi
  port=$((5300 + RANDOM % 500))
  Catalogue__DataDirectory="$data" Catalogue__DemoData=false RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
    dotnet api/bin/Release/net10.0/Catalogue.Api.dll --urls "http://127.0.0.1:$port" > "$out/api-$size.log" 2>&1 &
  api=$!
  trap 'kill $api 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
  # Warm-up: JIT and first-use caches, not measured.
  PATHS="$out/queries.txt" wrk -t1 -c8 -d5s -s bench/paths.lua "http://127.0.0.1:$port" >/dev/null
  PATHS="$out/trivial.txt" wrk -t1 -c8 -d3s -s bench/paths.lua "http://127.0.0.1:$port" >/dev/null
  PATHS="$out/queries.txt" wrk -t1 -c32 -d"${duration}s" -s bench/paths.lua "http://127.0.0.1:$port" | tee "$out/search-$size.txt"
  PATHS="$out/queries.txt" wrk -t1 -c1 -d"${duration}s" -s bench/paths.lua "http://127.0.0.1:$port" | tee "$out/search1-$size.txt"
  PATHS="$out/trivial.txt" wrk -t1 -c32 -d"${duration}s" -s bench/paths.lua "http://127.0.0.1:$port" | tee "$out/trivial-$size.txt"
  PATHS="$out/suggest.txt" wrk -t1 -c8 -d"${duration}s" -s bench/paths.lua "http://127.0.0.1:$port" | tee "$out/suggest-$size.txt"
  peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$api/status")
  kill "$api"; wait "$api" 2>/dev/null || true
  trap - EXIT

  rebuild=$(row "$out/generate-$size.txt" rebuild_offers_per_s)
  s_rps=$(row "$out/search-$size.txt" rps); t_rps=$(row "$out/trivial-$size.txt" rps)
  ratio=$(awk -v s="$s_rps" -v t="$t_rps" 'BEGIN { printf "%.0f%%", 100 * s / t }')
  table+="
| $size | $rebuild | $(row "$out/search-$size.txt" p50_ms) | $(row "$out/search-$size.txt" p99_ms) | $s_rps | $t_rps | $ratio | $(row "$out/search1-$size.txt" p50_ms) / $(row "$out/search1-$size.txt" p99_ms) | $(row "$out/suggest-$size.txt" p50_ms) / $(row "$out/suggest-$size.txt" p99_ms) | $((peak_kb / 1024)) |"
done

echo
echo "$table" | tee "$out/table.md"
