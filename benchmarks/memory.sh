#!/usr/bin/env bash
# Memory: resident set size (VmRSS of /proc/<pid>/status) of the Karaf JVM 15 s after the first HTTP 200 of
# GET /api/v1/exercises, as shipped (goal <= 256 MiB) and with smaller JVM settings. For every setting the whole
# product is checked afterwards: GET /api/v1/health 200 and UP, GET /api/v1/exercises 200 and not empty, and a pack
# hot-deployed into deploy/ shows up and goes away again; RSS is read again after that check.
#
#   benchmarks/memory.sh
#   RUNS=1 MEM_VARIANTS="shipped xmx128" benchmarks/memory.sh
#
# Variants (each a fresh unpack; rounds alternate between variants; the median RSS is reported):
#   shipped         as shipped: whatever the distribution's bin/setenv sets (nothing until 2026-11-21 11:24, since then
#                   the "small" options below)
#   jvmdefaults     none of bin/setenv's options (EXTRA_JAVA_OPTS=" "): the JVM's own defaults
#   javamaxmem128   JAVA_MAX_MEM=128m in the environment (Karaf 4.4's bin/karaf no longer reads it: shows it changes nothing)
#   xmx128          EXTRA_JAVA_OPTS=-Xmx128m
#   xmx128-serial   -Xmx128m -XX:+UseSerialGC
#   xms32           -Xms32m -Xmx128m -XX:+UseSerialGC (small without the stack, metaspace and code cache options)
#   small           -Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m
#   small-c1        small + -XX:TieredStopAtLevel=1
#   xmx64-serial    -Xmx64m -XX:+UseSerialGC (how low the heap can go)
# Output also goes to benchmarks/results/memory-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-3}"
MEM_VARIANTS="${MEM_VARIANTS:-shipped jvmdefaults javamaxmem128 xmx128 xmx128-serial small small-c1 xmx64-serial}"
SETTLE_S="${SETTLE_S:-15}"
SMALL="-Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m"

opts_of() {
    case "$1" in
        shipped|javamaxmem128) echo "" ;;
        jvmdefaults) echo " " ;;
        xmx128) echo "-Xmx128m" ;;
        xmx128-serial) echo "-Xmx128m -XX:+UseSerialGC" ;;
        xms32) echo "-Xms32m -Xmx128m -XX:+UseSerialGC" ;;
        small) echo "$SMALL" ;;
        small-c1) echo "$SMALL -XX:TieredStopAtLevel=1" ;;
        xmx64-serial) echo "-Xmx64m -XX:+UseSerialGC" ;;
        *) die "unknown variant $1" ;;
    esac
}

OUT="$RESULTS_DIR/memory-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$OUT") 2>&1
echo "# memory.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
require_tarball
echo "tarball: $TARBALL_SOURCE"
read -r PACK_FILE PACK_ID < <(pick_pack)
DIR="$BENCH_WORK/memory/limber"
alloc_port HTTP_PORT; alloc_port SSH_PORT
BASE="http://127.0.0.1:$HTTP_PORT"

unpack "$DIR"
echo "shipped heap settings: bin/setenv sets EXTRA_JAVA_OPTS to: $(shipped_opts "$DIR" | grep . || echo nothing)"
echo "JAVA_MAX_MEM read by bin/karaf or bin/inc: $(grep -l 'JAVA_MAX_MEM' "$DIR/bin/karaf" "$DIR/bin/inc" 2>/dev/null | xargs -r -n1 basename | paste -sd, | grep . || echo 'no (only the Windows .bat scripts still read it)')"
echo "JVM ergonomic defaults on this machine: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2=="MaxHeapSize"||$2=="InitialHeapSize"{printf "%s=%d MiB ", $2, $4/1048576} $2=="UseG1GC"&&$4=="true"{printf "G1 GC "}')"
echo "runs per variant: $RUNS; variants: $MEM_VARIANTS; settle: ${SETTLE_S}s after the first 200"

# check_product : health, exercises and a hot deploy; prints "ok" or what failed
check_product() {
    local problems="" body i
    body="$(curl -s -m 5 "$BASE/api/v1/health" || true)"
    [ "$(http_code "$BASE/api/v1/health")" = 200 ] && [[ "$body" == *'"status":"UP"'* ]] || problems+=" health"
    [ "$(http_code "$BASE/api/v1/exercises")" = 200 ] || problems+=" exercises"
    body="$(curl -s -m 5 "$BASE/api/v1/exercises?inBed=true" || true)"
    [[ "$body" == *'"items":[{'* ]] || problems+=" inBed-list"
    cp "$PACK_FILE" "$BENCH_WORK/memory/staged"
    mv "$BENCH_WORK/memory/staged" "$DIR/deploy/$PACK_ID.pack.json"
    for i in $(seq 1 500); do pack_visible "$HTTP_PORT" "$PACK_ID" && break; sleep 0.02; done
    pack_visible "$HTTP_PORT" "$PACK_ID" || problems+=" hot-deploy"
    rm -f "$DIR/deploy/$PACK_ID.pack.json"
    for i in $(seq 1 500); do pack_gone "$HTTP_PORT" "$PACK_ID" && break; sleep 0.02; done
    pack_gone "$HTTP_PORT" "$PACK_ID" || problems+=" hot-undeploy"
    echo "${problems:-ok}"
}

declare -A RSS RSS2 HWM FAILED
for round in $(seq 1 "$RUNS"); do
    for v in $MEM_VARIANTS; do
        unpack "$DIR"
        opts="$(opts_of "$v")"
        if [ "$v" = javamaxmem128 ]; then export JAVA_MAX_MEM=128m; else unset JAVA_MAX_MEM; fi
        EXTRA_JAVA_OPTS="$opts" karaf_start "$DIR"
        unset JAVA_MAX_MEM
        if ! wait_200 "$BASE/api/v1/exercises" "$BOOT_TIMEOUT_S" >/dev/null; then
            printf 'memory %-14s round %d  NO first 200 in %ss\n' "$v" "$round" "$BOOT_TIMEOUT_S"
            karaf_stop "$DIR"; continue
        fi
        sleep "$SETTLE_S"
        pid="$(karaf_pid "$DIR")"
        rss=$(( $(rss_kib "$pid") / 1024 ))
        heap="$(jcmd "$pid" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/{printf "%dm", $2/1048576} /UseSerialGC/{printf " serial"} /UseG1GC/{printf " G1"}')"
        status="$(check_product)"
        rss2=$(( $(rss_kib "$pid") / 1024 ))
        hwm=$(( $(awk '/^VmHWM:/{print $2}' "/proc/$pid/status") / 1024 ))
        printf 'memory %-14s round %d  RSS %4d MiB  after product check %4d MiB  peak %4d MiB  heap max %s  product check: %s\n' \
            "$v" "$round" "$rss" "$rss2" "$hwm" "$heap" "$status"
        RSS[$v]="${RSS[$v]:-} $rss"; RSS2[$v]="${RSS2[$v]:-} $rss2"; HWM[$v]="${HWM[$v]:-} $hwm"
        [ "$status" = ok ] || FAILED[$v]=1
        karaf_stop "$DIR"
        sleep 1
    done
done

echo
echo "| variant | JVM options | RSS each (MiB) | median RSS (MiB) | median RSS after check (MiB) | median peak (MiB) | product works |"
echo "|---|---|---|---|---|---|---|"
for v in $MEM_VARIANTS; do
    o="$(opts_of "$v")"; [ "$v" = javamaxmem128 ] && o="JAVA_MAX_MEM=128m (env)"; [ "$v" = shipped ] && o="bin/setenv: $(shipped_opts "$DIR")"
    [ "$v" = jvmdefaults ] && o="EXTRA_JAVA_OPTS=' ' (none)"
    # shellcheck disable=SC2086
    echo "| $v | ${o:-(none)} | $(echo ${RSS[$v]:-} | tr ' ' ',') | $(median ${RSS[$v]:-}) | $(median ${RSS2[$v]:-}) | $(median ${HWM[$v]:-}) | $([ -n "${FAILED[$v]:-}" ] && echo NO || echo yes) |"
done
echo
# shellcheck disable=SC2086
echo "goal: RSS <= 256 MiB (shipped: $(median ${RSS[shipped]:-}) MiB)"
# shellcheck disable=SC2086
echo "MEMORY_RSS_MIB=$(median ${RSS[shipped]:-})"
