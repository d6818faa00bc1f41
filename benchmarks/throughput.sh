#!/usr/bin/env bash
# Throughput: Limber's GET /api/v1/exercises?inBed=true against a BASELINE, a plain embedded Jetty 12 + Jackson
# servlet (benchmarks/src/main/java/.../BaselineServer.java) serving the very same JSON body, which it loads at start
# as a Java object tree and serializes with Jackson on every request. Both run at once on free ports; after a
# warm-up, rounds of `wrk -t2 -c32 -d10s` alternate between them (the order turns every round).
# Goal: median Limber/baseline requests/s >= 0.9.
#
#   benchmarks/throughput.sh
#   TP_VARIANTS="shipped nogzip c1 small" benchmarks/throughput.sh    # more Limber configurations side by side
#   PROFILE=1 benchmarks/throughput.sh     # then one more run of the shipped Limber under Java Flight Recorder
#
# Limber variants (each its own instance, all running at once, alternated with the baseline):
#   shipped   as shipped
#   nogzip    org.apache.felix.jetty.gziphandler.enable = false in etc/org.apache.felix.http.cfg
#   c1        -XX:TieredStopAtLevel=1 (the boot-time option: what it costs here)
#   serial    -XX:+UseSerialGC
#   small     the memory settings measured by memory.sh: $SMALL_OPTS below
#   jvmdefaults  none of the distribution's bin/setenv JVM options (the JVM's own defaults: G1, 1/4 of RAM)
# Variant JVM options are added to the distribution's own (bin/setenv), except for jvmdefaults.
# The baseline always runs with the JVM's defaults, as Limber ships. wrk comes from Debian (installed when missing).
# Both bodies are checked to be byte-identical; every round's non-2xx/3xx count and socket errors are reported.
# Output also goes to benchmarks/results/throughput-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
TP_VARIANTS="${TP_VARIANTS:-shipped}"
BASELINE_OPTS="${BASELINE_OPTS:-}"   # JVM options of the baseline; empty = JVM defaults, as Limber ships
SMALL_OPTS="-Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m"

opts_of() {
    case "$1" in
        shipped|nogzip|jvmdefaults) echo "" ;;
        c1) echo "-XX:TieredStopAtLevel=1" ;;
        serial) echo "-XX:+UseSerialGC" ;;
        small) echo "$SMALL_OPTS" ;;
        *) die "unknown variant $1" ;;
    esac
}

if ! command -v wrk >/dev/null; then
    log "installing wrk from Debian"
    { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >/dev/null 2>&1 || die "could not install wrk"
fi
require_baseline_jar

OUT="$RESULTS_DIR/throughput-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$OUT") 2>&1
echo "# throughput.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
require_tarball
echo "tarball: $TARBALL_SOURCE"
echo "wrk: $(wrk -v 2>&1 | head -1); -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds each, alternating"
echo "Limber variants: $TP_VARIANTS; baseline JVM options: ${BASELINE_OPTS:-(defaults)}; warm-up $WARMUP each"

declare -A URLS PIDS
for v in $TP_VARIANTS; do
    d="$BENCH_WORK/throughput-$v/limber"; HTTP_PORT=""; SSH_PORT=""
    unpack "$d"
    [ "$v" = nogzip ] && sed -i -E 's/^(org\.apache\.felix\.jetty\.gziphandler\.enable *= *).*/\1false/' "$d/etc/org.apache.felix.http.cfg"
    if [ "$v" = jvmdefaults ]; then o=" "; else o="$(shipped_opts "$d") $(opts_of "$v")"; fi
    EXTRA_JAVA_OPTS="$o" karaf_start "$d"
    URLS[$v]="http://127.0.0.1:$HTTP_PORT/api/v1/exercises?inBed=true"
    wait_catalog "${URLS[$v]}" "$BOOT_TIMEOUT_S" >/dev/null || die "Limber ($v) did not get ready in ${BOOT_TIMEOUT_S}s"
    PIDS[$v]="$(karaf_pid "$d")"
    echo "Limber $v: JVM options: $(echo $o | grep . || echo '(JVM defaults)'); gzip handler: $(grep -E '^org.apache.felix.jetty.gziphandler.enable' "$d/etc/org.apache.felix.http.cfg" | sed 's/.*= *//')"
done
FIRST_VARIANT="${TP_VARIANTS%% *}"
LIMBER_URL="${URLS[$FIRST_VARIANT]}"
alloc_port BASE_PORT
BASE_URL="http://127.0.0.1:$BASE_PORT/api/v1/exercises"

BODY="$BENCH_WORK/exercises-inBed.json"
[ "$(curl -s -m 10 -o "$BODY" -w '%{http_code}' "$LIMBER_URL")" = 200 ] || die "Limber did not answer 200"
echo "body: $(wc -c < "$BODY") bytes, $(grep -o '"total":[0-9]*' "$BODY")"

# shellcheck disable=SC2086
java $BASELINE_OPTS -jar "$BASELINE_JAR" --port "$BASE_PORT" --body "$BODY" > "$BENCH_WORK/baseline.log" 2>&1 &
BASE_PID=$!
track_pid "$BASE_PID"
wait_200 "$BASE_URL" 30 >/dev/null || die "the baseline did not start: $(cat "$BENCH_WORK/baseline.log")"
URLS[baseline]="$BASE_URL"; PIDS[baseline]="$BASE_PID"

# Same answer on both sides?
curl -s -m 10 -D "$BENCH_WORK/limber.headers" -o "$BENCH_WORK/limber.body" "$LIMBER_URL"
curl -s -m 10 -D "$BENCH_WORK/baseline.headers" -o "$BENCH_WORK/baseline.body" "$BASE_URL"
if cmp -s "$BENCH_WORK/limber.body" "$BENCH_WORK/baseline.body"; then
    echo "bodies: identical, $(wc -c < "$BENCH_WORK/limber.body") bytes each"
else
    echo "WARNING: bodies differ: Limber $(wc -c < "$BENCH_WORK/limber.body") bytes, baseline $(wc -c < "$BENCH_WORK/baseline.body") bytes"
fi
echo "Limber headers:   $(tr -d '\r' < "$BENCH_WORK/limber.headers" | grep -v '^$' | grep -iv '^date:' | paste -sd'|')"
echo "baseline headers: $(tr -d '\r' < "$BENCH_WORK/baseline.headers" | grep -v '^$' | grep -iv '^date:' | paste -sd'|')"

# run_wrk NAME URL ROUND [DURATION] : one wrk run; prints a result line and records it under NAME.
# Besides requests/s it records the server JVM's own CPU time per request (user + system, from /proc/<pid>/stat),
# which other load on the machine hardly changes: the drift-robust view of the same comparison.
declare -A RPS P50 P99 AVG CPUREQ RATIO_ROUND LAST_RPS
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.3f", v/1000; else if (v ~ /ms$/) printf "%.3f", v+0; else if (v ~ /s$/) printf "%.3f", v*1000; else print v }'; }
run_wrk() {
    local name="$1" url="$2" round="$3" dur="${4:-$DURATION}" out rps avg p50 p99 non2xx errors reqs
    local c0 c1 cpureq
    c0="$(cpu_ticks "${PIDS[$name]}")"
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency "$url" 2>&1)"
    c1="$(cpu_ticks "${PIDS[$name]}")"
    echo "$out" > "$BENCH_WORK/wrk-$name-$round.txt"
    rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
    avg="$(to_ms "$(awk '$1=="Latency" && NF>=4 {print $2; exit}' <<<"$out")")"
    p50="$(to_ms "$(awk '$1=="50%"{print $2}' <<<"$out")")"
    p99="$(to_ms "$(awk '$1=="99%"{print $2}' <<<"$out")")"
    reqs="$(awk '/requests in/{print $1}' <<<"$out")"
    non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
    errors="$(grep -o 'Socket errors:.*' <<<"$out" || true)"
    cpureq="$(awk -v t=$(( c1 - c0 )) -v hz="$CLK_TCK" -v n="$reqs" 'BEGIN{printf "%.1f", t / hz * 1e6 / n}')"
    printf 'throughput %-9s round %-7s %10s req/s  latency avg %7s ms  p50 %7s ms  p99 %7s ms  server CPU %6s us/request  requests %s  non-2xx %s  %s\n' \
        "$name" "$round" "$rps" "$avg" "$p50" "$p99" "$cpureq" "$reqs" "${non2xx:-0}" "${errors:-no socket errors}"
    if [ "$round" != warm-up ] && [ "$round" != profile ]; then
        RPS[$name]="${RPS[$name]:-} $rps"; AVG[$name]="${AVG[$name]:-} $avg"
        P50[$name]="${P50[$name]:-} $p50"; P99[$name]="${P99[$name]:-} $p99"
        CPUREQ[$name]="${CPUREQ[$name]:-} $cpureq"; LAST_RPS[$name]="$rps"
    fi
}

SERVERS=(baseline $TP_VARIANTS)
sleep 3
for n in "${SERVERS[@]}"; do run_wrk "$n" "${URLS[$n]}" warm-up "$WARMUP"; done
for r in $(seq 1 "$ROUNDS"); do
    # turn the order every round: round 1 baseline first, round 2 the first Limber variant first, ...
    k=${#SERVERS[@]}
    for j in $(seq 0 $(( k - 1 ))); do
        n="${SERVERS[$(( (j + r - 1) % k ))]}"
        run_wrk "$n" "${URLS[$n]}" "$r"
    done
    # the same round's ratio: its runs were minutes apart at most, so drift hits both alike
    for n in $TP_VARIANTS; do
        RATIO_ROUND[$n]="${RATIO_ROUND[$n]:-} $(awk -v a="${LAST_RPS[$n]}" -v b="${LAST_RPS[baseline]}" 'BEGIN{printf "%.3f", a/b}')"
    done
done
for n in "${SERVERS[@]}"; do echo "RSS after the runs: $n $(( $(rss_kib "${PIDS[$n]}") / 1024 )) MiB"; done

if [ -n "${PROFILE:-}" ]; then
    jfr="$RESULTS_DIR/throughput-$FIRST_VARIANT-$(date +%Y%m%d-%H%M%S).jfr"
    jcmd "${PIDS[$FIRST_VARIANT]}" JFR.start name=bench settings=profile filename="$jfr" >/dev/null
    run_wrk "$FIRST_VARIANT" "${URLS[$FIRST_VARIANT]}" profile
    jcmd "${PIDS[$FIRST_VARIANT]}" JFR.stop name=bench >/dev/null
    echo "profile of $FIRST_VARIANT: $jfr; hottest methods (share of execution samples, own time):"
    jfr print --events jdk.ExecutionSample "$jfr" | awk '/stackTrace = \[/{getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); n[$0]++; t++} END {for (f in n) printf "%6.2f%%  %s\n", 100*n[f]/t, f}' | sort -rn | head -25
    echo "share of samples with a frame of ... anywhere on the stack:"
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr" | awk '
        /stackTrace = \[/ {inst=1; t++; delete seen; next}
        inst && /^ *\]/ {inst=0; for (k in seen) c[k]++; next}
        inst { if ($0 ~ /org\.limber\./) seen["org.limber (Limber code)"]=1
               if ($0 ~ /com\.fasterxml\.jackson\./) seen["com.fasterxml.jackson (JSON)"]=1
               if ($0 ~ /org\.apache\.felix\.http\./) seen["org.apache.felix.http (whiteboard dispatch)"]=1
               if ($0 ~ /GzipHandler|gzip/) seen["Jetty GzipHandler"]=1
               if ($0 ~ /SessionHandler/) seen["Jetty SessionHandler"]=1 }
        END {for (k in c) printf "%6.2f%%  %s\n", 100*c[k]/t, k}' | sort -rn
fi

# shellcheck disable=SC2086
{
    mb="$(median ${RPS[baseline]})"
    echo
    cb="$(median ${CPUREQ[baseline]})"
    echo "| server | req/s each round | median req/s | ratio of medians | median of per-round ratios | median avg latency (ms) | median p50 (ms) | median p99 (ms) | server CPU per request (us) | baseline CPU / server CPU |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    for n in "${SERVERS[@]}"; do
        m="$(median ${RPS[$n]})"; c="$(median ${CPUREQ[$n]})"
        if [ "$n" = baseline ]; then rr="1"; else rr="$(median ${RATIO_ROUND[$n]}) ($(echo ${RATIO_ROUND[$n]} | tr ' ' ','))"; fi
        echo "| $n | $(echo ${RPS[$n]} | tr ' ' ',') | $m | $(awk -v a="$m" -v b="$mb" 'BEGIN{printf "%.3f", a/b}') | $rr | $(median ${AVG[$n]}) | $(median ${P50[$n]}) | $(median ${P99[$n]}) | $c | $(awk -v a="$cb" -v b="$c" 'BEGIN{printf "%.3f", a/b}') |"
    done
    ratio="$(awk -v a="$(median ${RPS[$FIRST_VARIANT]})" -v b="$mb" 'BEGIN{printf "%.3f", a/b}')"
    echo
    echo "ratio Limber ($FIRST_VARIANT)/baseline (median req/s): $ratio (goal >= 0.9)"
    echo "THROUGHPUT_RATIO=$ratio"
}
