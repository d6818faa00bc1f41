#!/usr/bin/env bash
# Hot deploy: with one running Limber, 10 times: move (mv, atomic on the same file system) a bare pack file into
# deploy/ and time until GET /api/v1/exercises?pack=<id> lists its exercises (polled every ~10 ms); then delete it
# and time until the list for that pack is empty again. Goal: median deploy <= 300 ms.
#
#   benchmarks/hot-deploy.sh
#   RUNS=10 HOT_VARIANTS="default poll50" benchmarks/hot-deploy.sh   # also FileInstall polling every 50 ms
#
# Variants (each its own running instance; iterations alternate between them):
#   default   etc/org.apache.felix.fileinstall-deploy.cfg as shipped
#   pollN     felix.fileinstall.poll = N (ms)
# The pack is the repository's example desk-break pack, or benchmarks/fixtures/bench-mini.pack.json when that is
# missing. Output also goes to benchmarks/results/hot-deploy-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-10}"
HOT_VARIANTS="${HOT_VARIANTS:-default}"
OUT="$RESULTS_DIR/hot-deploy-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$OUT") 2>&1
echo "# hot-deploy.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
require_tarball
echo "tarball: $TARBALL_SOURCE"
read -r PACK_FILE PACK_ID < <(pick_pack)
echo "pack: $PACK_FILE (id $PACK_ID, $(wc -c < "$PACK_FILE") bytes); runs: $RUNS; variants: $HOT_VARIANTS"

declare -A PORT DIRS ADD DEL
for v in $HOT_VARIANTS; do
    d="$BENCH_WORK/hot-$v/limber"; HTTP_PORT=""; SSH_PORT=""
    unpack "$d"
    case "$v" in
        default) ;;
        poll[0-9]*) sed -i -E "s/^(felix\.fileinstall\.poll *= *).*/\1${v#poll}/" "$d/etc/org.apache.felix.fileinstall-deploy.cfg" ;;
        *) die "unknown variant $v" ;;
    esac
    PORT[$v]="$HTTP_PORT"; DIRS[$v]="$d"
    karaf_start "$d"
done
for v in $HOT_VARIANTS; do
    wait_catalog "http://127.0.0.1:${PORT[$v]}/api/v1/exercises?inBed=true" "$BOOT_TIMEOUT_S" >/dev/null \
        || die "$v: Limber did not get ready in ${BOOT_TIMEOUT_S}s"
    pack_gone "${PORT[$v]}" "$PACK_ID" || die "$v: pack $PACK_ID is already there before the first deploy"
done
sleep 5   # let the boot's last background work settle

TIMEOUT_MS=10000
# wait_until ms-limit command... : polls every ~10 ms; prints elapsed ms, returns 1 on time-out
wait_until() {
    local limit="$1" t0 t; shift
    t0="$(now_ms)"
    until "$@"; do
        t="$(now_ms)"; if [ $(( t - t0 )) -ge "$limit" ]; then echo $(( t - t0 )); return 1; fi
        sleep 0.01
    done
    echo $(( $(now_ms) - t0 ))
}

for i in $(seq 1 "$RUNS"); do
    for v in $HOT_VARIANTS; do
        d="${DIRS[$v]}"; p="${PORT[$v]}"
        staged="$BENCH_WORK/hot-$v/$PACK_ID.pack.json.staged"
        cp "$PACK_FILE" "$staged"
        t0="$(now_ms)"
        mv "$staged" "$d/deploy/$PACK_ID.pack.json"
        if wait_until "$TIMEOUT_MS" pack_visible "$p" "$PACK_ID" >/dev/null; then add=$(( $(now_ms) - t0 )); else add="timeout"; fi
        sleep 0.3
        t0="$(now_ms)"
        rm -f "$d/deploy/$PACK_ID.pack.json"
        if wait_until "$TIMEOUT_MS" pack_gone "$p" "$PACK_ID" >/dev/null; then del=$(( $(now_ms) - t0 )); else del="timeout"; fi
        printf 'hot-deploy %-10s run %2d  visible after %6s ms  gone after %6s ms\n' "$v" "$i" "$add" "$del"
        [ "$add" != timeout ] && ADD[$v]="${ADD[$v]:-} $add"
        [ "$del" != timeout ] && DEL[$v]="${DEL[$v]:-} $del"
        sleep 0.5
    done
done

echo
echo "| variant | deploy, each (ms) | median deploy (ms) | median removal (ms) |"
echo "|---|---|---|---|"
for v in $HOT_VARIANTS; do
    # shellcheck disable=SC2086
    echo "| $v | $(echo ${ADD[$v]:-} | tr ' ' ',') | $(median ${ADD[$v]:-}) | $(median ${DEL[$v]:-}) |"
done
# shellcheck disable=SC2086
echo
echo "goal: median deploy <= 300 ms (default: $(median ${ADD[default]:-}) ms)"
# shellcheck disable=SC2086
echo "HOT_DEPLOY_MEDIAN_MS=$(median ${ADD[default]:-})"
