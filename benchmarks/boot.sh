#!/usr/bin/env bash
# Boot time: from bin/start of a freshly unpacked distribution to the first HTTP 200 of GET /api/v1/exercises
# (goal: median <= 2.5 s). Also reported: "ready", when GET /api/v1/exercises?inBed=true first lists exercises
# (the first 200 can come before the default pack is loaded, with an empty list).
#
# Then the same for tuning variants, run round-robin with the default so that the machine's drift hits all alike:
# each round unpacks afresh (always into the same folder, which AppCDS needs) and boots every variant once.
#
#   benchmarks/boot.sh                      # default + every variant, 5 rounds
#   RUNS=5 BOOT_VARIANTS="default" benchmarks/boot.sh   # only the required measurement
#
# A variant is one or more of these components joined with '+':
#   default  the distribution as shipped
#   c1       -XX:TieredStopAtLevel=1 (C1 JIT only)
#   xshareoff -Xshare:off (no class-data sharing at all)
#   nopatch  bin/karaf without its two --patch-module options (they switch CDS off: "CDS is disabled when
#            java.base module is patched"), so the JDK's default CDS archive is used again
#   cds      AppCDS: a dynamic archive written by one boot (-XX:ArchiveClassesAtExit), then used by every timed
#            boot (-XX:SharedArchiveFile); needs nopatch
#   noverify -XX:-BytecodeVerificationRemote (no bytecode verification of application classes; measured only to
#            show what verification costs, not recommended)
#   serialgc -XX:+UseSerialGC
#   small    the memory settings memory.sh recommends: -Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k
#            -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m
#   nossh    featuresBoot without ssh (no SSH server, no Bouncy Castle)
#   lean     featuresBoot = framework, feature, scr, limber (no ssh, shell, bundle, config, log, system)
#   async    featuresBootAsynchronous=true
#   evstartup the eventadmin bundle (org.apache.karaf.services.eventadmin) added to etc/startup.properties (a no-op
#            since the distribution does it itself, commit c7997aa): then the boot features no longer refresh
#            pax-logging-api and its dependants (see README)
#   noservreq serviceRequirements=disable in etc/org.apache.karaf.features.cfg
#   restart  not a fresh boot: the distribution was booted and stopped once, the timed boot is the second one
# Output: per-boot lines, then a table; everything also goes to benchmarks/results/boot-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-5}"
BOOT_VARIANTS="${BOOT_VARIANTS:-default c1 nopatch+cds nossh lean restart lean+nopatch+cds lean+c1 lean+nopatch+cds+c1}"
DEADLINE_S="${BOOT_DEADLINE_S:-2400}"   # the whole script stops starting boots after this
OUT="$RESULTS_DIR/boot-$(date +%Y%m%d-%H%M%S).txt"
DIR="$BENCH_WORK/boot/limber"
alloc_port HTTP_PORT; alloc_port SSH_PORT
URL="http://127.0.0.1:$HTTP_PORT/api/v1/exercises"
START_S="$(date +%s)"

exec > >(tee -a "$OUT") 2>&1
echo "# boot.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
require_tarball
echo "tarball: $TARBALL_SOURCE"
mkdir -p "$BENCH_WORK/probe"; tar xzf "$TARBALL" -C "$BENCH_WORK/probe" --strip-components=1
echo "JVM options as shipped (bin/setenv): $(shipped_opts "$BENCH_WORK/probe" | grep . || echo none)"
echo "boot features as shipped: $(boot_feature_names "$BENCH_WORK/probe" | paste -sd' '); startup.properties has eventadmin: $(grep -c 'services.eventadmin' "$BENCH_WORK/probe/etc/startup.properties" || true)"
rm -rf "$BENCH_WORK/probe"
echo "runs per variant: $RUNS; variants: $BOOT_VARIANTS; ports http=$HTTP_PORT ssh=$SSH_PORT"
echo "every variant's JVM options are added to the distribution's own (bin/setenv)"

has() { [[ "+$1+" == *"+$2+"* ]]; }

# apply VARIANT : edits the unpacked $DIR for the variant's components and sets VARIANT_OPTS (JVM options)
apply() {
    local v="$1"
    VARIANT_OPTS=""
    has "$v" c1 && VARIANT_OPTS+=" -XX:TieredStopAtLevel=1"
    has "$v" xshareoff && VARIANT_OPTS+=" -Xshare:off"
    has "$v" noverify && VARIANT_OPTS+=" -XX:-BytecodeVerificationRemote"
    has "$v" serialgc && VARIANT_OPTS+=" -XX:+UseSerialGC"
    has "$v" small && VARIANT_OPTS+=" -Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m"
    if has "$v" nopatch; then
        sed -i -E '/--patch-module java\.(base|xml)=/d; /--add-exports=java\.base\/org\.apache\.karaf\.specs\.locator=/d' "$DIR/bin/karaf"
    fi
    if has "$v" nossh; then drop_boot_features "$DIR" ssh; fi
    if has "$v" lean; then drop_boot_features "$DIR" ssh shell bundle config log system; fi
    if has "$v" async; then set_boot_async "$DIR" true; fi
    if has "$v" evstartup; then
        grep -q 'org.apache.karaf.services.eventadmin' "$DIR/etc/startup.properties" \
            || printf '%s\n' 'mvn\:org.apache.karaf.services/org.apache.karaf.services.eventadmin/4.4.10 = 5' >> "$DIR/etc/startup.properties"
    fi
    if has "$v" noservreq; then
        printf '\nserviceRequirements=disable\n' >> "$DIR/etc/org.apache.karaf.features.cfg"
    fi
    # on top of what the distribution's bin/setenv sets (setting EXTRA_JAVA_OPTS replaces that)
    VARIANT_OPTS="$(shipped_opts "$DIR")$VARIANT_OPTS"
    VARIANT_OPTS="${VARIANT_OPTS# }"
}

# The AppCDS archive of a variant: written once by a boot of the same variant without 'cds' at the same path.
# Sets JSA to its path.
cds_archive() {
    local v="$1" base jsa
    base="$(tr '+' '\n' <<<"$v" | grep -v -x -e cds -e restart | paste -sd+)"
    jsa="$BENCH_WORK/cds-${base//+/_}.jsa"
    JSA="$jsa"
    local try
    for try in 1 2 3; do
        [ -f "$jsa" ] && break
        log "writing the AppCDS archive for $v ($jsa), try $try"
        unpack "$DIR"; apply "$base"
        EXTRA_JAVA_OPTS="$VARIANT_OPTS -XX:ArchiveClassesAtExit=$jsa" karaf_start "$DIR"
        if wait_catalog "$URL?inBed=true" "$BOOT_TIMEOUT_S" >/dev/null; then
            sleep 3
            curl -s -m 5 -o /dev/null "$URL?inBed=true" || true
            curl -s -m 5 -o /dev/null "http://127.0.0.1:$HTTP_PORT/api/v1/health" || true
            karaf_stop "$DIR"
            local i; for i in $(seq 1 50); do [ -f "$jsa" ] && break; sleep 0.2; done
        else
            log "the archive boot did not get ready: discarded"
            karaf_stop "$DIR"; rm -f "$jsa"
        fi
    done
    [ -f "$jsa" ] || log "no archive was written for $v"
}

declare -A FIRST READY HANGS CPU REFRESH
CLK_TCK="$(getconf CLK_TCK)"
# CPU seconds (user + system) a process has used so far: less sensitive to other load on the machine than wall time
cpu_s() { awk -v hz="$CLK_TCK" '{sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz}' "/proc/$1/stat" 2>/dev/null || echo ""; }
boot_once() {
    local v="$1" round="$2" opts pid first ready jsa="" status=ok
    if has "$v" cds; then cds_archive "$v"; jsa="$JSA"; fi
    unpack "$DIR"
    apply "$v"
    opts="$VARIANT_OPTS"
    if [ -n "$jsa" ]; then opts+=" -XX:SharedArchiveFile=$jsa -Xlog:cds=info:file=$DIR/data/cds.log"; fi
    if has "$v" restart; then
        EXTRA_JAVA_OPTS="$opts" karaf_start "$DIR"
        wait_catalog "$URL?inBed=true" "$BOOT_TIMEOUT_S" >/dev/null || true
        karaf_stop "$DIR"
    fi
    local t0 logstart=0
    [ -f "$DIR/data/log/karaf.log" ] && logstart="$(wc -l < "$DIR/data/log/karaf.log")"
    t0="$(now_ms)"
    EXTRA_JAVA_OPTS="$opts" karaf_start "$DIR"
    local cpu=""
    if wait_200 "$URL" "$BOOT_TIMEOUT_S" >/dev/null; then
        first=$(( $(now_ms) - t0 ))
        pid="$(karaf_pid "$DIR")"; [ -n "$pid" ] && cpu="$(cpu_s "$pid")"
        if wait_catalog "$URL?inBed=true" "$BOOT_TIMEOUT_S" >/dev/null; then ready=$(( $(now_ms) - t0 )); else ready=""; status="not-ready"; fi
    else
        first=""; ready=""; status="HANG"
    fi
    if [ "$status" != ok ]; then
        HANGS[$v]=$(( ${HANGS[$v]:-0} + 1 ))
        pid="$(karaf_pid "$DIR")"
        local dump="$RESULTS_DIR/boot-hang-${v//+/_}-r$round-$(date +%H%M%S).txt"
        { echo "# $v round $round: no first 200 / no catalog within ${BOOT_TIMEOUT_S}s"; [ -n "$pid" ] && jstack "$pid"; tail -40 "$DIR/data/log/karaf.log"; } > "$dump" 2>&1 || true
        log "$v: $status, thread dump in $dump"
    fi
    if [ -n "$jsa" ] && grep -q -i 'unable to use\|mismatch\|error' "$DIR/data/cds.log" 2>/dev/null; then
        log "$v: the CDS archive was NOT used: $(grep -i -m1 'unable to use\|mismatch\|error' "$DIR/data/cds.log")"
        status="$status,cds-unused"
    fi
    [ -n "$first" ] && FIRST[$v]="${FIRST[$v]:-} $first"
    [ -n "$cpu" ] && CPU[$v]="${CPU[$v]:-} $cpu"
    # did the boot stop (refresh) startup bundles such as pax-logging-api?
    local refresh="no-refresh"
    tail -n +$(( logstart + 1 )) "$DIR/data/log/karaf.log" 2>/dev/null | grep -q 'Stopping bundles:' && refresh="refresh"
    [ "$refresh" = refresh ] && REFRESH[$v]=$(( ${REFRESH[$v]:-0} + 1 ))
    [ -n "$ready" ] && READY[$v]="${READY[$v]:-} $ready"
    printf 'boot %-28s round %d  first-200 %6s ms  ready %6s ms  JVM CPU at first 200 %6s s  %s %s\n' "$v" "$round" "${first:--}" "${ready:--}" "${cpu:--}" "$status" "$refresh"
    karaf_stop "$DIR"
}

for round in $(seq 1 "$RUNS"); do
    for v in $BOOT_VARIANTS; do
        if [ $(( $(date +%s) - START_S )) -ge "$DEADLINE_S" ]; then log "deadline of ${DEADLINE_S}s reached"; break 2; fi
        boot_once "$v" "$round"
        sleep 1
    done
done

# shellcheck disable=SC2086
base_median="$(median ${FIRST[default]:-})"
echo
base_cpu="$(median ${CPU[default]:-})"
echo "| variant | first 200, each (ms) | median first 200 (ms) | vs default | median ready (ms) | median JVM CPU at first 200 (s) | CPU vs default | hangs or not ready | boots that refreshed startup bundles |"
echo "|---|---|---|---|---|---|---|---|---|"
for v in $BOOT_VARIANTS; do
    # shellcheck disable=SC2086
    m="$(median ${FIRST[$v]:-})"; r="$(median ${READY[$v]:-})"
    if [ "$m" != "-" ] && [ "$base_median" != "-" ]; then rel="$(awk -v a="$m" -v b="$base_median" 'BEGIN{printf "%+.0f%%", (a/b-1)*100}')"; else rel="-"; fi
    c="$(median ${CPU[$v]:-})"
    if [ "$c" != "-" ] && [ "$base_cpu" != "-" ]; then crel="$(awk -v a="$c" -v b="$base_cpu" 'BEGIN{printf "%+.0f%%", (a/b-1)*100}')"; else crel="-"; fi
    echo "| $v | $(echo ${FIRST[$v]:-} | tr ' ' ',') | $m | $rel | $r | $c | $crel | ${HANGS[$v]:-0} | ${REFRESH[$v]:-0} |"
done
echo
echo "goal: median first 200 <= 2500 ms (default: $base_median ms)"
echo "BOOT_MEDIAN_MS=$base_median"
