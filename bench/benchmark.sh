#!/usr/bin/env bash
# Benchmark of annual-stats at scale, on one data set, in one invocation:
#   1. the floor: psql \copy of the raw permit files into a table, plus one aggregate;
#   2. `run` end to end on PostgreSQL;
#   3. `run` end to end on the embedded H2 store.
# Prints wall time, rows/s, peak RSS and the ratio to the floor, and writes docs/benchmarks.md.
# Usage: bench/benchmark.sh [PERMIT_ROWS] (default 10000000). Needs PostgreSQL at 127.0.0.1:5432.
# BENCH_STORES="pg h2" (the default) chooses the stores; BENCH_OUT the report (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-10000000}
STORES=${BENCH_STORES:-pg h2}
OUT=${BENCH_OUT:-docs/benchmarks.md}
WORK=${BENCH_DIR:-/tmp/annual-stats-bench}/$ROWS
HEAP=${BENCH_HEAP:--Xmx512m}
PG="psql -h 127.0.0.1 -U postgres -qtA"
TIME=/usr/bin/time
mkdir -p "$WORK"

[ -f target/annual-stats.jar ] || mvn -q -B package -DskipTests

if [ ! -f "$WORK/input/.complete" ]; then
  rm -rf "$WORK/input"
  java -jar target/annual-stats.jar generate --year 2020 --rows "$ROWS" --output "$WORK/input"
  touch "$WORK/input/.complete"
fi
ALL_ROWS=$(cat "$WORK"/input/2020/*/*.csv | wc -l)
PERMIT_FILES=("$WORK"/input/2020/permit/*.csv)

# CPU seconds the PostgreSQL server's ended backends have used: the postmaster's children's times
server_cpu() {
  local postmaster
  postmaster=$(pgrep -o -x postgres 2>/dev/null || true)
  if [ -n "$postmaster" ] && [ -r "/proc/$postmaster/stat" ]; then
    awk -v tick="$(getconf CLK_TCK)" '{printf "%.1f", ($16 + $17) / tick}' "/proc/$postmaster/stat"
  else
    echo 0
  fi
}

# measure NAME COMMAND...: wall seconds, peak RSS (MB), CPU seconds of COMMAND and CPU seconds of
# the database server while it ran, into $WORK/NAME.*
measure() {
  local name=$1; shift
  local server_before
  server_before=$(server_cpu)
  $TIME -f "%e %M %U %S" -o "$WORK/$name.time" "$@" > "$WORK/$name.log" 2>&1
  sleep 1 # the backends of the process end after it
  read -r wall rss user sys < "$WORK/$name.time"
  echo "$wall $((rss / 1024)) $(awk "BEGIN{printf \"%.1f\", $user + $sys}") $(awk "BEGIN{printf \"%.1f\", $(server_cpu) - $server_before}")" > "$WORK/$name.result"
}

fresh_db() {
  $PG -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

floor() {
  $PG -d bench_floor -c "CREATE TABLE permit_raw (application_no text, item_code text, item_name text,
      item_type text, applied_on date, completed_on date, result text, channel text, promised_days int,
      commitment_applied text)"
  for file in "${PERMIT_FILES[@]}"; do
    $PG -d bench_floor -c "\\copy permit_raw FROM '$file' WITH (FORMAT csv, HEADER)"
  done
  $PG -d bench_floor -c "SELECT item_code, count(*), count(completed_on) FROM permit_raw GROUP BY item_code" > /dev/null
}

echo "== floor: psql \\copy of $ROWS permit rows + one aggregate"
fresh_db bench_floor
start=$(date +%s.%N)
server_before=$(server_cpu)
floor
sleep 1
echo "$(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - 1 - $start}") 0 0 $(awk "BEGIN{printf \"%.1f\", $(server_cpu) - $server_before}")" > "$WORK/floor.result"
if [[ " $STORES " == *" pg "* ]]; then
echo "== run on PostgreSQL"
fresh_db bench_run
rm -rf "$WORK/out-pg"
measure run-pg java "$HEAP" -jar target/annual-stats.jar run --year 2020 --input "$WORK/input" \
  --output "$WORK/out-pg" --data-dir "$WORK/data-pg" --db-url jdbc:postgresql://127.0.0.1:5432/bench_run --db-user postgres
fi
if [[ " $STORES " == *" h2 "* ]]; then
echo "== run on H2"
rm -rf "$WORK/data-h2" "$WORK/out-h2"
measure run-h2 java "$HEAP" -jar target/annual-stats.jar run --year 2020 --input "$WORK/input" \
  --output "$WORK/out-h2" --data-dir "$WORK/data-h2"
fi

read -r floor_wall floor_rss floor_cpu floor_server < "$WORK/floor.result"
table="| measurement | rows | wall time (s) | rows/s | peak RSS (MB) | CPU s: process + database | ratio to floor |
|---|---:|---:|---:|---:|---:|---:|
| psql \\copy of the permit files + aggregate (floor) | $ROWS | $floor_wall | $(awk "BEGIN{printf \"%.0f\", $ROWS/$floor_wall}") | (psql) | (psql) + $floor_server | 1.00 |"
for name in run-pg run-h2; do
  [ -f "$WORK/$name.result" ] && [ "$WORK/$name.result" -nt "$WORK/floor.result" ] || continue
  read -r wall rss cpu server < "$WORK/$name.result"
  status=$(grep -oE "^(PUBLISHED|FAILED|[A-Z_]+:)" "$WORK/$name.log" | tail -1)
  table="$table
| \`run\` on $( [ $name = run-pg ] && echo PostgreSQL || echo H2 ) ($HEAP, $status) | $ALL_ROWS | $wall | $(awk "BEGIN{printf \"%.0f\", $ALL_ROWS/$wall}") | $rss | $cpu + $server | $(awk "BEGIN{printf \"%.2f\", $wall/$floor_wall}") |"
done
# steps NAME: seconds per step of a run measured in this invocation
steps_of() {
  [ "$WORK/$1.result" -nt "$WORK/floor.result" ] || return 0
  grep -hsE "step [a-z-]+ done" "$WORK/$1.log" | sed -E 's/.*step ([a-z-]+) done in ([0-9.]+) s/\1 \2/' | tr '\n' ';' || true
}
steps=$(steps_of run-pg)
steps_h2=$(steps_of run-h2)
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), $($PG -d postgres -c 'SHOW server_version')"
echo "$table"
echo "steps on PostgreSQL (s): $steps"
echo "steps on H2 (s): $steps_h2"

cat > "$OUT" <<MD
# Benchmarks

Measured by \`bench/benchmark.sh $ROWS\` on $(date -u +%Y-%m-%d): $machine.
The input is \`annual-stats generate --rows $ROWS\`: $ROWS permit applications plus commitments,
cases and reconsiderations ($ALL_ROWS lines in all, CSV). The floor loads only the permit files.

$table

Seconds per step, \`run\` on PostgreSQL: $steps

Seconds per step, \`run\` on H2: $steps_h2
MD
echo "wrote $OUT"
