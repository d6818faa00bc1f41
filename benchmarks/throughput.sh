#!/usr/bin/env bash
# Throughput: Limber's GET /api/v1/exercises?inBed=true against a BASELINE, a plain embedded Jetty 12 + Jackson
# servlet (benchmarks/src/main/java/.../BaselineServer.java) serving the very same JSON body, which it loads at start
# as a Java object tree and serializes with Jackson on every request. Both run at once on two free ports; after a
# warm-up, rounds of `wrk -t2 -c32 -d10s` alternate between them. Goal: median Limber/baseline requests/s >= 0.9.
#
#   benchmarks/throughput.sh
#   ROUNDS=3 DURATION=10s LIMBER_OPTS="-XX:+UseSerialGC -Xmx128m" benchmarks/throughput.sh   # Limber with JVM options
#
# wrk comes from Debian (installed when missing). Both bodies are checked to be byte-identical and every round's
# non-2xx/3xx count and socket errors are reported. Output also goes to benchmarks/results/throughput-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
LIMBER_OPTS="${LIMBER_OPTS:-}"       # JVM options of Limber (EXTRA_JAVA_OPTS); empty = as shipped
BASELINE_OPTS="${BASELINE_OPTS:-}"   # JVM options of the baseline; empty = JVM defaults, as Limber ships

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
echo "Limber JVM options: ${LIMBER_OPTS:-(as shipped)}; baseline JVM options: ${BASELINE_OPTS:-(defaults)}"

DIR="$BENCH_WORK/throughput/limber"
unpack "$DIR"
LIMBER_PORT="$HTTP_PORT"
alloc_port BASE_PORT
EXTRA_JAVA_OPTS="$LIMBER_OPTS" karaf_start "$DIR"
LIMBER_URL="http://127.0.0.1:$LIMBER_PORT/api/v1/exercises?inBed=true"
BASE_URL="http://127.0.0.1:$BASE_PORT/api/v1/exercises"
wait_catalog "$LIMBER_URL" "$BOOT_TIMEOUT_S" >/dev/null || die "Limber did not get ready in ${BOOT_TIMEOUT_S}s"

BODY="$BENCH_WORK/exercises-inBed.json"
[ "$(curl -s -m 10 -o "$BODY" -w '%{http_code}' "$LIMBER_URL")" = 200 ] || die "Limber did not answer 200"
echo "body: $(wc -c < "$BODY") bytes, $(grep -o '"total":[0-9]*' "$BODY")"

# shellcheck disable=SC2086
java $BASELINE_OPTS -jar "$BASELINE_JAR" --port "$BASE_PORT" --body "$BODY" > "$BENCH_WORK/baseline.log" 2>&1 &
BASE_PID=$!
track_pid "$BASE_PID"
wait_200 "$BASE_URL" 30 >/dev/null || die "the baseline did not start: $(cat "$BENCH_WORK/baseline.log")"
LIMBER_PID="$(karaf_pid "$DIR")"

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

# run_wrk NAME URL ROUND : one wrk run; prints a result line, appends requests/s to RPS_<NAME>
declare -A RPS P50 P99 AVG
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.3f", v/1000; else if (v ~ /ms$/) printf "%.3f", v+0; else if (v ~ /s$/) printf "%.3f", v*1000; else print v }'; }
run_wrk() {
    local name="$1" url="$2" round="$3" out rps avg p50 p99 non2xx errors reqs
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" 2>&1)"
    echo "$out" > "$BENCH_WORK/wrk-$name-$round.txt"
    rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
    avg="$(to_ms "$(awk '$1=="Latency" && NF>=4 {print $2; exit}' <<<"$out")")"
    p50="$(to_ms "$(awk '$1=="50%"{print $2}' <<<"$out")")"
    p99="$(to_ms "$(awk '$1=="99%"{print $2}' <<<"$out")")"
    reqs="$(awk '/requests in/{print $1}' <<<"$out")"
    non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
    errors="$(grep -o 'Socket errors:.*' <<<"$out" || true)"
    printf 'throughput %-8s round %s  %10s req/s  latency avg %7s ms  p50 %7s ms  p99 %7s ms  requests %s  non-2xx %s  %s\n' \
        "$name" "$round" "$rps" "$avg" "$p50" "$p99" "$reqs" "${non2xx:-0}" "${errors:-no socket errors}"
    if [ "$round" != warm-up ]; then
        RPS[$name]="${RPS[$name]:-} $rps"; AVG[$name]="${AVG[$name]:-} $avg"
        P50[$name]="${P50[$name]:-} $p50"; P99[$name]="${P99[$name]:-} $p99"
    fi
}

sleep 3
run_wrk limber "$LIMBER_URL" warm-up
run_wrk baseline "$BASE_URL" warm-up
for r in $(seq 1 "$ROUNDS"); do
    if [ $(( r % 2 )) -eq 1 ]; then
        run_wrk limber "$LIMBER_URL" "$r"; run_wrk baseline "$BASE_URL" "$r"
    else
        run_wrk baseline "$BASE_URL" "$r"; run_wrk limber "$LIMBER_URL" "$r"
    fi
done
echo "RSS after the runs: Limber $(( $(rss_kib "$LIMBER_PID") / 1024 )) MiB, baseline $(( $(rss_kib "$BASE_PID") / 1024 )) MiB"

# shellcheck disable=SC2086
{
    ml="$(median ${RPS[limber]})"; mb="$(median ${RPS[baseline]})"
    echo
    echo "| server | req/s each round | median req/s | median avg latency (ms) | median p50 (ms) | median p99 (ms) |"
    echo "|---|---|---|---|---|---|"
    for n in limber baseline; do
        echo "| $n | $(echo ${RPS[$n]} | tr ' ' ',') | $(median ${RPS[$n]}) | $(median ${AVG[$n]}) | $(median ${P50[$n]}) | $(median ${P99[$n]}) |"
    done
    ratio="$(awk -v a="$ml" -v b="$mb" 'BEGIN{printf "%.3f", a/b}')"
    echo
    echo "ratio Limber/baseline (median req/s): $ratio (goal >= 0.9)"
    echo "THROUGHPUT_RATIO=$ratio"
}
