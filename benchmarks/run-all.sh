#!/usr/bin/env bash
# Runs the four Limber benchmarks one after the other and prints a summary against the goals.
#
#   benchmarks/run-all.sh            # everything, with every tuning variant (about 40 minutes on 2 cores)
#   QUICK=1 benchmarks/run-all.sh    # only the goal measurements, no tuning variants (about 8 minutes)
#
# Each script stops its own Karaf instances and baseline server on exit; see benchmarks/README.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RESULTS_DIR="${BENCH_RESULTS:-$HERE/results}"
mkdir -p "$RESULTS_DIR"
SUMMARY="$RESULTS_DIR/summary-$(date +%Y%m%d-%H%M%S).txt"

if [ -n "${QUICK:-}" ]; then
    export BOOT_VARIANTS="${BOOT_VARIANTS:-default}"
    export MEM_VARIANTS="${MEM_VARIANTS:-shipped xmx128}"
    export HOT_VARIANTS="${HOT_VARIANTS:-default}"
fi

declare -A FIG RC
run() {
    local name="$1" key="$2" log="$RESULTS_DIR/run-all-$1.log"
    echo "=== $name ($(date +%H:%M:%S))"
    set +e
    # each script takes its own RUNS default; a RUNS of the caller's would apply to all four
    env -u RUNS "$HERE/$name.sh" 2>&1 | tee "$log"
    RC[$name]="${PIPESTATUS[0]}"
    set -e
    FIG[$name]="$(grep -o "^$key=.*" "$log" | tail -1 | cut -d= -f2)"
}

run boot BOOT_MEDIAN_MS
run hot-deploy HOT_DEPLOY_MEDIAN_MS
run throughput THROUGHPUT_RATIO
run memory MEMORY_RSS_MIB

verdict() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN{ if (v=="" || v=="-") print "no figure"; else if ((op=="le" && v+0<=g+0) || (op=="ge" && v+0>=g+0)) print "met"; else print "MISSED" }'; }
{
    echo
    echo "Limber benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
    echo "| benchmark | median | goal | verdict | exit code |"
    echo "|---|---|---|---|---|"
    echo "| boot (bin/start to first 200) | ${FIG[boot]:--} ms | <= 2500 ms | $(verdict "${FIG[boot]:-}" 2500 le) | ${RC[boot]} |"
    echo "| hot deploy (mv to listed) | ${FIG[hot-deploy]:--} ms | <= 300 ms | $(verdict "${FIG[hot-deploy]:-}" 300 le) | ${RC[hot-deploy]} |"
    echo "| throughput Limber/baseline | ${FIG[throughput]:--} | >= 0.9 | $(verdict "${FIG[throughput]:-}" 0.9 ge) | ${RC[throughput]} |"
    echo "| memory (RSS, as shipped) | ${FIG[memory]:--} MiB | <= 256 MiB | $(verdict "${FIG[memory]:-}" 256 le) | ${RC[memory]} |"
    echo "details: $RESULTS_DIR/run-all-*.log"
} | tee "$SUMMARY"
for n in boot hot-deploy throughput memory; do [ "${RC[$n]}" = 0 ] || exit 1; done
