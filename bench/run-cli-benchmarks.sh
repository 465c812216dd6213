#!/usr/bin/env bash
# Whole-process measurements of `sonobill code`, JVM start included (docs/benchmarks.md):
#   1. a JSON Lines file of 100,000 generated studies:  ./sonobill code FILE.jsonl > /dev/null   (3 runs)
#   2. one study:                                        ./sonobill code examples/studies/01-....json > /dev/null (5 runs)
# and prints each run and the medians. Goals: batch under 10 s wall on 2 cores; one study under 1 s wall.
#
# Usage: bench/run-cli-benchmarks.sh
# Environment: N (studies, default 100000), RUNS (default 3), SINGLE_RUNS (default 5), SEED (corpus seed),
#              CPUS (cores to pin to with taskset when the machine has more, default 2),
#              SONOBILL_JAVA_OPTS (passed on to the launcher).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

N="${N:-100000}"
RUNS="${RUNS:-3}"
SINGLE_RUNS="${SINGLE_RUNS:-5}"
SEED="${SEED:-20251001}"
CPUS="${CPUS:-2}"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"

# ---- build if needed (the launcher rebuilds the CLI jar and its CDS archive itself when sources changed)
if [[ ! -f "$BENCH_JAR" || -n "$(find "$ROOT/engine/src/main" "$ROOT/bench/src/main" "$ROOT/pom.xml" \
      "$ROOT/engine/pom.xml" "$ROOT/bench/pom.xml" -newer "$BENCH_JAR" -print -quit 2>/dev/null)" ]]; then
  echo "== building bench/target/benchmarks.jar" >&2
  mvn -q -B -Dmaven.test.skip=true -pl bench -am package >&2
fi

# ---- pin to CPUS cores when the machine has more, so the figures are for a 2-core machine
PIN=()
if [[ "$(nproc)" -gt "$CPUS" ]] && command -v taskset >/dev/null 2>&1; then
  PIN=(taskset -c "0-$((CPUS - 1))")
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

SINGLE="$(ls "$ROOT"/examples/studies/01-*.json 2>/dev/null | head -1 || true)"
if [[ -z "$SINGLE" ]]; then
  SINGLE="$TMP/one-study.json"
  java -cp "$BENCH_JAR" org.sonobill.bench.GenerateCorpus 1 "$SINGLE" "$SEED" 2>/dev/null
fi

echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:   nproc=$(nproc)${PIN:+, pinned with ${PIN[*]}}"
echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "java:    $(java -version 2>&1 | head -1)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [[ -n "$(git status --porcelain -- engine cli 2>/dev/null)" ]] && echo ' (engine/cli with uncommitted changes)')"

echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other work on the machine skews wall times)"

# Warm-up, untimed: builds the CLI if needed and its CDS archive, and loads the OS page cache. A jar rebuilt by
# Maven (not by the launcher) leaves a stale CDS archive the JVM refuses; then let the launcher rebuild both, so the
# start-up figure is the launcher's normal one.
"$ROOT/sonobill" code "$SINGLE" >/dev/null 2>"$TMP/stderr" || true
if grep -q "Unable to use shared archive" "$TMP/stderr"; then
  echo "== CDS archive stale: rebuilding the CLI through the launcher" >&2
  rm -f "$ROOT/cli/target/sonobill.jsa" "$ROOT/cli/target/sonobill.jar"
  "$ROOT/sonobill" code "$SINGLE" >/dev/null 2>/dev/null || true
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# run LABEL ARGS...: runs the launcher once, output to /dev/null; prints wall, CPU and peak memory; appends wall to $TMP/LABEL
run() {
  local label="$1"; shift
  local t0 t1 rc=0 cpu=""
  t0=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    "${PIN[@]}" /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$ROOT/sonobill" "$@" >/dev/null 2>"$TMP/stderr" || rc=$?
  else
    "${PIN[@]}" "$ROOT/sonobill" "$@" >/dev/null 2>"$TMP/stderr" || rc=$?
  fi
  t1=$(date +%s%N)
  local wall
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')
  echo "$wall" >>"$TMP/$label"
  if [[ -s "$TMP/time" ]]; then
    read -r u s m <"$TMP/time" || true
    cpu=$(printf ', %ss user + %ss sys CPU, %d MB max RSS' "$u" "$s" "$((m / 1024))")
    : >"$TMP/time"
  fi
  printf '  %-7s %8.3f s wall%s, exit %d\n' "$label" "$wall" "$cpu" "$rc"
  if [[ "$rc" -ge 2 ]]; then
    echo "  sonobill exited $rc:" >&2
    head -5 "$TMP/stderr" >&2
  fi
}

echo
echo "== batch: $N generated studies (seed $SEED), JSON Lines"
java -cp "$BENCH_JAR" org.sonobill.bench.GenerateCorpus "$N" "$TMP/studies.jsonl" "$SEED"
echo "  input: $(wc -c <"$TMP/studies.jsonl" | awk '{printf "%.1f MB", $1/1048576}')"
# a check run, untimed: every study must come out, and none may be invalid (exit 2/3)
rc=0
"$ROOT/sonobill" code "$TMP/studies.jsonl" -o "$TMP/out.jsonl" 2>"$TMP/stderr" || rc=$?
echo "  check run: $(wc -l <"$TMP/out.jsonl") results for $N studies, exit $rc"
[[ "$rc" -lt 2 ]] || { echo "sonobill code failed on the corpus:" >&2; head -5 "$TMP/stderr" >&2; exit 1; }
for _ in $(seq "$RUNS"); do
  run batch code "$TMP/studies.jsonl"
done

echo
echo "== single study: ${SINGLE#"$ROOT"/}"
for _ in $(seq "$SINGLE_RUNS"); do
  run single code "$SINGLE"
done

echo
echo "== medians"
b=$(median <"$TMP/batch")
s=$(median <"$TMP/single")
awk -v b="$b" -v n="$N" 'BEGIN {printf "batch:  %.2f s wall for %d studies (%.0f studies/s end to end)  goal < 10 s: %s\n", b, n, n/b, (b < 10 ? "met" : "MISSED")}'
awk -v s="$s" 'BEGIN {printf "single: %.3f s wall                                       goal < 1 s:  %s\n", s, (s < 1 ? "met" : "MISSED")}'
